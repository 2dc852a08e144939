/**
 * A synthetic course N times larger than the real one, for seeing how the
 * figures grow: course.yaml copied as is, every module (and its
 * translations in `<language>/`) cloned N times with its ids suffixed
 * `_x1` … `_xN` so they stay unique in the SCO. The first copy keeps the real
 * text (the first lesson is the real one); the others get varied text
 * (varied-text.ts), so compression sees a course N times larger, not N copies.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidId } from '../../src/content/ids.js';
import { localizeCourse } from '../../src/content/localize.js';
import type { ModuleTranslation } from '../../src/content/translation.js';
import { MEDIA_FOLDER } from '../../src/content/media.js';
import { moduleUnits } from '../../src/content/translation-units.js';
import type { Course, Module } from '../../src/content/types.js';
import { COURSE_FILE, MODULE_FILE } from '../lib/course-format/course-folder.js';
import { writeModuleMarkdown } from '../lib/course-format/write-module.js';
import { loadCourse } from '../lib/load-course.js';
import { translationFileName } from '../lib/translations/language-folder.js';
import { sourceHash } from '../lib/translations/source-hash.js';
import { writeTranslationFile } from '../lib/translations/write-translation-file.js';
import { ROOT } from '../lib/paths.js';
import { seededRandom } from '../../src/session/random.js';
import { textsOf, varyText, varyTexts, wordPool } from './varied-text.js';

/** Keys whose string value is an id or names one (question → objective, branch choice → step). */
const ID_KEYS = new Set(['id', 'objective', 'next']);
/** In a translation, objects under these keys are keyed by id (src/content/translation.ts). */
const KEYED_BY_ID = new Set(['objectives', 'lessons', 'check', 'bank', 'options', 'pairs', 'items', 'steps', 'choices']);

function suffixed(id: string, suffix: string): string {
  const out = id + suffix;
  if (!isValidId(out)) throw new Error(`synthetic id "${out}" is not a valid id (40 characters at most)`);
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of module content with every id and id reference ending in `suffix`. */
export function suffixIds<T>(value: T, suffix: string): T {
  if (Array.isArray(value)) return value.map((v) => suffixIds(v, suffix)) as T;
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, ID_KEYS.has(k) && typeof v === 'string' ? suffixed(v, suffix) : suffixIds(v, suffix)]),
  ) as T;
}

/** A copy of a module translation whose id-keyed objects use the suffixed ids. */
export function suffixTranslationIds<T>(value: T, suffix: string): T {
  if (Array.isArray(value)) return value.map((v) => suffixTranslationIds(v, suffix)) as T;
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const inner = KEYED_BY_ID.has(k) && isRecord(v) ? Object.fromEntries(Object.entries(v).map(([id, t]) => [suffixed(id, suffix), t])) : v;
      return [k, suffixTranslationIds(inner, suffix)];
    }),
  ) as T;
}

/**
 * Writes the course in `from` (default `modules`) times `copies` into `to`;
 * returns the module file names written. Modules are read with the course
 * loader and written with the module writer, so any module a trainer can write
 * is cloned faithfully; each translated module gets its translation file too.
 */
export async function writeSyntheticCourse(to: string, copies: number, from = join(ROOT, 'modules')): Promise<string[]> {
  const names = readdirSync(from).filter((n) => MODULE_FILE.test(n)).sort();
  if (names.length * copies > 99) throw new Error(`${names.length * copies} modules do not fit two-digit file names`);
  const { course } = await loadCourse(from);
  mkdirSync(to, { recursive: true });
  copyFileSync(join(from, COURSE_FILE), join(to, COURSE_FILE));
  // The copies show the same pictures.
  if (existsSync(join(from, MEDIA_FOLDER))) cpSync(join(from, MEDIA_FOLDER), join(to, MEDIA_FOLDER), { recursive: true });
  const languages = Object.keys(course.translations ?? {});
  for (const language of languages) {
    mkdirSync(join(to, language), { recursive: true });
    copyFileSync(join(from, language, COURSE_FILE), join(to, language, COURSE_FILE));
  }

  const pool = wordPool(textsOf(course.modules));
  const pools = Object.fromEntries(languages.map((l) => [l, wordPool(textsOf(Object.values(course.translations![l]!.modules)))]));
  const written: string[] = [];
  for (const [i, name] of names.entries()) {
    const module = course.modules[i]!;
    for (let copy = 1; copy <= copies; copy++) {
      const file = `${String((copy - 1) * names.length + i + 1).padStart(2, '0')}-${name.slice(3, -3)}-x${copy}.md`;
      // One seed per module copy: the same course always gives the same synthetic text.
      const seed = copy * 1000 + i;
      const renamed = suffixIds(module, `_x${copy}`);
      const clone = copy === 1 ? renamed : varyTexts(renamed, pool, seededRandom(seed));
      writeFileSync(join(to, file), writeModuleMarkdown(clone));
      for (const language of languages) {
        const translation = course.translations![language]!.modules[module.id];
        if (!translation) continue;
        const random = seededRandom(seed + 500);
        const vary = (text: string) => (copy === 1 ? text : varyText(text, pools[language]!, random));
        const text = translationFile(course, clone, language, suffixTranslationIds(translation, `_x${copy}`), vary);
        writeFileSync(join(to, language, translationFileName(file)), text);
      }
      written.push(file);
    }
  }
  return written.sort();
}

/** The translation file of `module`, from its nested translation: each unit's text as localize.ts would show it. */
function translationFile(course: Course, module: Module, language: string, translation: ModuleTranslation, vary: (text: string) => string): string {
  const units = moduleUnits(module);
  const translations = { [language]: { ...course.translations![language]!, modules: { [module.id]: translation } } };
  const shown = localizeCourse({ ...course, modules: [module], translations }, language).modules[0]!;
  const texts = moduleUnits(shown);
  const entries = new Map(units.map((u, i) => [u.key, { text: vary(texts[i]!.source), from: sourceHash(u.source) }]));
  return writeTranslationFile(units, entries, ` ${language} of a synthetic copy (scripts/bench/synthetic-course.ts)`);
}
