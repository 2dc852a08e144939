/**
 * Checks the `modules/<language>/` folders against the content they translate.
 * Pure, like `validate.ts`, which calls it. A module translation must be
 * complete: every text of the module, under the module's own ids, and nothing
 * else — a half-translated lesson would show the learner two languages at once.
 * (A module with no translation file at all is fine: it stays in the course's
 * language and is marked so.)
 */
import { isRecord, NOT_TEXT, shapeOf, translatableKeys } from './translatable.js';
import { LANGUAGE_TAG } from './language.js';
import { at, describe, FileChecker, type Problem, type Rec } from './validate-read.js';
import type { CourseFile } from './validate.js';

export interface TranslationInput {
  /** The folder name, e.g. "es". */
  language: string;
  /** The folder, relative to the project root, e.g. "modules/es". */
  folder: string;
  /** `course.ts` of the folder, or null when there is none. */
  config: CourseFile | null;
  /** The folder's `NN-name.ts` files. */
  modules: CourseFile[];
}

/** The source a translation file is compared with, and where problems should point in it. */
interface Source {
  file: string;
  value: unknown;
}

// Paired by name without extension: 01-dual-role.md is translated by es/01-dual-role.ts.
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[a-z]+$/, '');

export function checkTranslation(t: TranslationInput, config: CourseFile, modules: CourseFile[], out: Problem[]): void {
  const folder = new FileChecker(t.folder, out);
  if (!LANGUAGE_TAG.test(t.language)) {
    folder.problem('', `"${t.language}" is not a language tag`, 'name translation folders with a BCP 47 tag, e.g. modules/es or modules/pt-BR');
    return;
  }
  const own = isRecord(config.value) ? config.value['language'] : undefined;
  if (typeof own === 'string' && own.toLowerCase() === t.language.toLowerCase()) {
    folder.problem('', `translates the course into its own language (${config.file} says language: "${own}")`, 'delete the folder, or set language in course.ts to the language the modules are written in');
    return;
  }

  if (t.config === null) {
    folder.problem('', 'has no course.ts', `create ${t.folder}/course.ts with export default defineCourseTranslation({ title, description, attestation, assessment: { title } })`);
  } else {
    checkFile(new FileChecker(t.config.file, out), t.config.value, config, 'defineCourseTranslation');
  }

  const byName = new Map(modules.map((m) => [fileName(m.file), m]));
  for (const file of t.modules) {
    const c = new FileChecker(file.file, out);
    const source = byName.get(fileName(file.file));
    if (source) {
      checkFile(c, file.value, source, 'defineTranslation');
      continue;
    }
    const names = [...byName.keys()];
    c.problem('', `translates ${config.file.replace(/[^/]*$/, '')}${fileName(file.file)}, which does not exist`, `name the file like the module it translates (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}), or delete it`);
  }
}

function checkFile(c: FileChecker, value: unknown, source: Source, helper: string): void {
  if (!isRecord(value)) {
    if (value === undefined) c.problem('', 'has no default export', `end the file with export default ${helper}({ … })`);
    else c.problem('', `exports ${describe(value)}, not an object`, `export default ${helper}({ … })`);
    return;
  }
  compare(c, source.file, source.value, value, '', '');
}

const isEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length === 0;
const isEmpty = (value: unknown): boolean => isEmptyList(value) || (isRecord(value) && Object.keys(value).length === 0);

/** "Turn slowly so the man stays…" — enough of the source for the translator to find it. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 48 ? `${flat.slice(0, 47)}…` : flat}"`;
}

/** `modules/01-dual-role.ts: lessons[1].blocks[2]`, or just the file for the whole export. */
const where = (file: string, path: string): string => (path ? `${file}: ${path}` : file);

function listIds(ids: string[]): string {
  return ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
}

/**
 * Walks the source and the translation side by side. `path` is where we are in
 * the translation (keyed by id), `sourcePath` the same place in the source
 * (indexed), so each problem can name both.
 */
function compare(c: FileChecker, file: string, source: unknown, tr: unknown, path: string, sourcePath: string): void {
  const shape = shapeOf(source);
  if (shape === 'none') return;
  if (shape === 'text') {
    const text = source as string;
    if (tr === undefined) c.problem(path, 'is missing', `translate ${quote(text)} (${where(file, sourcePath)})`);
    else if (typeof tr !== 'string') c.problem(path, `must be text, not ${describe(tr)}`, `write the translation of ${quote(text)} in quotes`);
    else if (tr.trim() === '') c.problem(path, 'is empty', `translate ${quote(text)} (${where(file, sourcePath)})`);
    return;
  }
  if (tr === undefined) return c.problem(path, 'is missing', `translate ${where(file, sourcePath)}`);

  if (shape === 'keyed') {
    const items = source as (Rec & { id: string })[];
    const ids = items.map((item) => item.id);
    if (!isRecord(tr)) {
      return c.problem(path, `must be an object keyed by id, not ${describe(tr)}`, `write { ${ids[0]}: { … }, … } with the ids of ${where(file, sourcePath)}`);
    }
    items.forEach((item, i) => compare(c, file, item, tr[item.id], at(path, item.id), at(sourcePath, i)));
    for (const key of Object.keys(tr).filter((k) => !ids.includes(k))) {
      c.problem(at(path, key), `"${key}" is not an id in ${where(file, sourcePath)}`, `use its ids: ${listIds(ids)}`);
    }
    return;
  }

  if (shape === 'list') {
    const items = source as unknown[];
    if (!Array.isArray(tr)) {
      return c.problem(path, `must be a list, not ${describe(tr)}`, `write the entries of ${where(file, sourcePath)} as a list in [ ], one for one, in the same order`);
    }
    if (tr.length !== items.length) {
      return c.problem(path, `has ${tr.length} ${tr.length === 1 ? 'entry' : 'entries'}, but ${where(file, sourcePath)} has ${items.length}`, 'translate each entry, one for one, in the same order');
    }
    items.forEach((item, i) => compare(c, file, item, tr[i], at(path, i), at(sourcePath, i)));
    return;
  }

  const rec = source as Rec;
  if (!isRecord(tr)) return c.problem(path, `must be an object, not ${describe(tr)}`, `write it as { … }, like ${where(file, sourcePath)}`);
  const keys = translatableKeys(rec);
  for (const key of keys) compare(c, file, rec[key], tr[key], at(path, key), at(sourcePath, key));
  for (const key of Object.keys(tr).filter((k) => !keys.includes(k))) {
    if (isEmptyList(rec[key])) {
      // `check: {}` for a module without a knowledge check: the translation type asks for the key.
      if (!isEmpty(tr[key])) c.problem(at(path, key), `${where(file, at(sourcePath, key))} is empty`, 'leave it empty ({}): there is nothing to translate');
    } else if (NOT_TEXT.has(key) || Object.hasOwn(rec, key)) {
      c.problem(at(path, key), 'is not text to translate', 'remove it: a translation keeps only the text, and the ids are its keys');
    } else {
      c.problem(at(path, key), `${where(file, sourcePath)} has no "${key}"`, `remove it, or check the spelling: this part has ${keys.join(', ')}`);
    }
  }
}
