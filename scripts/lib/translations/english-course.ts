/**
 * The English course as the translation tools need it: course settings and
 * module files, each with its file name (translation files pair with modules
 * by base name), exactly as the course loader read them for the build.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../src/content/validate-read.js';
import { loadCourse } from '../load-course.js';
import { displayPath } from '../paths.js';
import type { EnglishCourse } from './language-folder.js';

export async function loadEnglishCourse(modulesDir: string): Promise<{ english: EnglishCourse; problems: Problem[] }> {
  const { english, problems } = await loadCourse(modulesDir);
  return { english, problems: problems.filter((p) => p.severity !== 'warning' && !inSubfolder(p.file, modulesDir)) };
}

/** A problem of a language folder (`modules/es/…`): the translation tools are there to fix those, not blocked by them. */
function inSubfolder(file: string, modulesDir: string): boolean {
  const shown = `${displayPath(modulesDir)}/`;
  if (!file.startsWith(shown)) return false;
  const first = file.slice(shown.length).split('/')[0]!;
  return existsSync(join(modulesDir, first)) && statSync(join(modulesDir, first)).isDirectory();
}
