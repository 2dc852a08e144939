/**
 * Loads the translations of a course: every `modules/<language>/` folder,
 * checked against the English, assembled into the nested CourseTranslation
 * that localize.ts applies (src/content/translation.ts). A folder counts as a
 * language folder when its name is a language tag and it holds .yaml files,
 * so a folder of images (`modules/img/`) is left alone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LANGUAGE_TAG } from '../../../src/content/language.js';
import type { CourseTranslation } from '../../../src/content/translation.js';
import { assembleCourseConfigTranslation, assembleModuleTranslation } from '../../../src/content/translation-units.js';
import type { CourseConfig, Module } from '../../../src/content/types.js';
import type { Problem } from '../../../src/content/validate-read.js';
import { displayPath } from '../paths.js';
import { languageName, languages, readLanguageFolder, type EnglishCourse, type LanguageFolder } from './language-folder.js';

export interface LoadedTranslations {
  /** By language tag; undefined when the course has no language folders (so its content version stays as it was). */
  translations: Record<string, CourseTranslation> | undefined;
  problems: Problem[];
  /** How many modules each language translates. */
  coverage: Record<string, { modules: number }>;
}

export function loadTranslations(modulesDir: string, english: EnglishCourse): LoadedTranslations {
  const problems: Problem[] = [];
  const translations: Record<string, CourseTranslation> = {};
  const coverage: Record<string, { modules: number }> = {};
  const own = (english.config.value as Partial<CourseConfig> | undefined)?.language;

  for (const name of subfolders(modulesDir)) {
    const dir = join(resolve(modulesDir), name);
    if (!LANGUAGE_TAG.test(name)) {
      problems.push({ file: displayPath(dir), path: '', message: `"${name}" is not a language tag, so its translations are not used`, fix: 'name a translation folder with a BCP 47 tag, e.g. modules/es or modules/pt-BR' });
      continue;
    }
    if (typeof own === 'string' && own.toLowerCase() === name.toLowerCase()) {
      problems.push({
        file: displayPath(dir),
        path: '',
        message: `translates the course into its own language (${english.config.file} says language: ${own})`,
        fix: `delete the folder, or set language in ${english.config.file} to the language the modules are written in`,
      });
      continue;
    }
    const folder = readLanguageFolder(dir, name, english);
    problems.push(...folder.problems, ...untranslated(folder, english, dir));
    translations[name] = assemble(folder, english);
    coverage[name] = { modules: folder.files.filter((f) => f.moduleId !== undefined && !f.unreadable).length };
  }
  return { translations: Object.keys(translations).length > 0 ? translations : undefined, problems, coverage };
}

/** Subfolders holding translation files (.yaml, or the misnamed .yml). */
function subfolders(modulesDir: string): string[] {
  if (!existsSync(modulesDir)) return [];
  return readdirSync(modulesDir)
    .sort()
    .filter((name) => {
      const dir = join(modulesDir, name);
      return statSync(dir).isDirectory() && readdirSync(dir).some((n) => /\.ya?ml$/.test(n));
    });
}

function assemble(folder: LanguageFolder, english: EnglishCourse): CourseTranslation {
  const textsOf = (entries: Map<string, { text: string }>) => new Map([...entries].map(([key, e]) => [key, e.text]));
  const config = folder.files.find((f) => f.moduleId === undefined);
  // An unreadable file translates nothing: its module stays in the course language, marked so (localize.ts).
  const modules = Object.fromEntries(
    folder.files.flatMap((f) => (f.moduleId === undefined || f.unreadable ? [] : [[f.moduleId, assembleModuleTranslation(f.english.value as Module, textsOf(f.entries))] as const])),
  );
  return { ...assembleCourseConfigTranslation(english.config.value as CourseConfig, textsOf(config?.entries ?? new Map())), modules };
}

/** One warning per language: a module without a file is shown in the course language, which is allowed but worth knowing. */
function untranslated(folder: LanguageFolder, english: EnglishCourse, dir: string): Problem[] {
  const done = new Set(folder.files.map((f) => f.english.file));
  const missing = folder.pairings.filter((p) => p.moduleId !== undefined && !done.has(p.english.file));
  if (missing.length === 0) return [];
  const names = languages(english, folder.language);
  const list = missing.map((p) => basename(p.english.file));
  return [
    {
      file: displayPath(dir),
      path: '',
      severity: 'warning',
      message: `${missing.length} of ${folder.pairings.length - 1} modules are not translated (${list.join(', ')}): ${languageName(folder.language)} learners see them in ${names.source}`,
      fix: `translate one by creating its file here, e.g. ${basename(missing[0]!.file)} — npm run translations -- export ${folder.language} gives every text to a translation agency`,
    },
  ];
}
