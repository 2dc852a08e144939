/**
 * One language folder (`modules/es/`) read and checked against the English:
 * which English file each translation file translates, its units, and its
 * checked entries. Shared by the loader, the XLIFF export and the import.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { nearest } from '../../../src/content/nearest.js';
import { courseConfigUnits, moduleUnits, type Unit } from '../../../src/content/translation-units.js';
import type { CourseConfig, Module } from '../../../src/content/types.js';
import type { Problem } from '../../../src/content/validate-read.js';
import type { CourseFile } from '../../../src/content/validate.js';
import { displayPath } from '../paths.js';
import { checkTranslationFile, type CheckedEntry, type Languages } from './check-translation-file.js';
import { readTranslationFile } from './read-translation-file.js';

export interface EnglishCourse {
  config: CourseFile;
  /** Module files (`modules/01-dual-role.md`), their values Module objects. */
  modules: CourseFile[];
}

/** An English file and the translation file that goes with it, existing or not. */
export interface Pairing {
  english: CourseFile;
  /** `modules/es/01-dual-role.yaml`, as reports show it. */
  file: string;
  /** On disk. */
  path: string;
  /** Undefined when the English file is too broken to translate (its own problems are reported by the validator). */
  units: Unit[] | undefined;
  /** The module's id; undefined for course.yaml. */
  moduleId: string | undefined;
}

export interface TranslatedFile extends Pairing {
  entries: Map<string, CheckedEntry>;
  /** A syntax error (or no mapping) kept every entry from being read. */
  /** Unreadable or incomplete: it translates nothing, and its module is shown in the course language. */
  unreadable: boolean;
  header: string | undefined;
}

export interface LanguageFolder {
  language: string;
  /** Every English file with its (possible) translation file, course.yaml first. */
  pairings: Pairing[];
  /** The translation files that exist and pair with an English file. */
  files: TranslatedFile[];
  problems: Problem[];
}

export const CONFIG_FILE = 'course.yaml';
const EXTENSION = '.yaml';

/** `modules/01-dual-role.md` → `01-dual-role.yaml`: a translation file has the English file's base name. */
export const translationFileName = (englishFile: string): string => `${basename(englishFile, extname(englishFile))}${EXTENSION}`;

export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function languages(english: EnglishCourse, language: string): Languages {
  const own = (english.config.value as { language?: unknown } | undefined)?.language;
  return { source: typeof own === 'string' ? languageName(own) : 'original', target: languageName(language) };
}

export function pairings(dir: string, english: EnglishCourse): Pairing[] {
  const pair = (file: CourseFile, name: string, units: () => Unit[], moduleId: unknown): Pairing => ({
    english: file,
    file: displayPath(join(dir, name)),
    path: join(dir, name),
    units: safeUnits(units),
    moduleId: typeof moduleId === 'string' ? moduleId : undefined,
  });
  return [
    pair(english.config, CONFIG_FILE, () => courseConfigUnits(english.config.value as CourseConfig), undefined),
    ...english.modules.map((m) => pair(m, translationFileName(m.file), () => moduleUnits(m.value as Module), (m.value as Partial<Module> | undefined)?.id)),
  ];
}

/** The English may be broken while a trainer edits it: its texts are then whatever can be found. */
function safeUnits(units: () => Unit[]): Unit[] | undefined {
  try {
    return units().filter((u) => typeof u.source === 'string');
  } catch {
    return undefined;
  }
}

export function readLanguageFolder(dir: string, language: string, english: EnglishCourse): LanguageFolder {
  const problems: Problem[] = [];
  const names = languages(english, language);
  const all = pairings(dir, english);
  const byName = new Map(all.map((p) => [basename(p.path), p]));
  const files: TranslatedFile[] = [];
  const keysIn = (p: Pairing): [string, string][] => (p.units ?? []).map((u) => [u.key, p.file]);
  const present = existsSync(dir) ? readdirSync(dir).sort() : [];

  if (!present.includes(CONFIG_FILE)) {
    problems.push({
      file: displayPath(join(dir, CONFIG_FILE)),
      path: '',
      message: 'is missing',
      fix: `create it with the ${names.target} course title, description${all[0]?.units?.some((u) => u.key.endsWith('.attestation')) ? ', attestation' : ''} and assessment title (npm run translations -- export ${language} gives every text to translate)`,
    });
  }
  for (const name of present.filter((n) => n.endsWith(EXTENSION) || n.endsWith('.yml'))) {
    const file = displayPath(join(dir, name));
    const pairing = byName.get(name);
    if (!pairing) {
      problems.push(unpaired(file, name, [...byName.keys()], english));
      continue;
    }
    if (!pairing.units) continue;
    const read = readTranslationFile(file, readFileSync(pairing.path, 'utf8'));
    const elsewhere = new Map(all.filter((p) => p !== pairing).flatMap(keysIn));
    const checked = checkTranslationFile(file, read, pairing.units, pairing.english.file, names, elsewhere);
    // A module missing some texts is shown wholly in the course language (never half translated, WCAG 3.1.2),
    // and the English edit that left it incomplete still builds: its missing texts are warnings.
    const incomplete = pairing.moduleId !== undefined && pairing.units.some((u) => !checked.entries.has(u.key));
    problems.push(...(incomplete ? checked.problems.map((p) => (p.message === 'is missing' ? untilTranslated(p, names.source) : p)) : checked.problems));
    files.push({ ...pairing, entries: checked.entries, unreadable: read.entries === undefined || incomplete, header: read.header });
  }
  return { language, pairings: all, files, problems };
}

function untilTranslated(p: Problem, source: string): Problem {
  return { ...p, severity: 'warning', message: `is missing, so this module is shown in ${source} until it is translated` };
}

function unpaired(file: string, name: string, valid: string[], english: EnglishCourse): Problem {
  const where = { file, path: '', line: 1, column: 1 };
  if (name.endsWith('.yml')) return { ...where, message: 'is not read: translation files end in .yaml', fix: `rename it to ${name.replace(/\.yml$/, EXTENSION)}` };
  const near = nearest(name, valid);
  const englishDir = english.config.file.replace(/[^/]*$/, '');
  const ext = extname(english.modules[0]?.file ?? '.md');
  return {
    ...where,
    message: `has no module to translate: there is no ${englishDir}${basename(name, EXTENSION)}${ext}`,
    fix: near ? `did you mean ${near}? Name the file like the module it translates, or delete it` : `name the file like the module it translates (${valid.slice(1, 4).join(', ')}${valid.length > 4 ? ', …' : ''}), or delete it`,
  };
}
