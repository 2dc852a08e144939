/**
 * The English course as the translation tools need it: course settings and
 * module files, each with its file name (translation files pair with modules
 * by base name). Loaded with the course loader, so the tools see exactly
 * what the build sees; loadCourse reads the module files in file-name order.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../src/content/validate-read.js';
import { loadCourse, MODULE_FILE } from '../load-course.js';
import { displayPath } from '../paths.js';
import type { EnglishCourse } from './language-folder.js';

export async function loadEnglishCourse(modulesDir: string): Promise<{ english: EnglishCourse; problems: Problem[] }> {
  const { course, problems } = await loadCourse(modulesDir);
  const { modules, translations, translationFiles, version, ...config } = course;
  const names = readdirSync(modulesDir).filter((n) => MODULE_FILE.test(n)).sort();
  const configName = readdirSync(modulesDir).find((n) => /^course\.(yaml|ts)$/.test(n)) ?? 'course.yaml';
  return {
    english: {
      config: { file: displayPath(join(modulesDir, configName)), value: config },
      modules: (modules ?? []).map((value, i) => ({ file: displayPath(join(modulesDir, names[i] ?? `${i}`)), value })),
    },
    problems: problems.filter((p) => p.severity !== 'warning' && !inSubfolder(p.file, modulesDir)),
  };
}

/** A problem of a language folder (`modules/es/…`): the translation tools are there to fix those, not blocked by them. */
function inSubfolder(file: string, modulesDir: string): boolean {
  const shown = `${displayPath(modulesDir)}/`;
  if (!file.startsWith(shown)) return false;
  const first = file.slice(shown.length).split('/')[0]!;
  return existsSync(join(modulesDir, first)) && statSync(join(modulesDir, first)).isDirectory();
}
