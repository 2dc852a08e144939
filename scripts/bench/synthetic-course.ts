/**
 * A synthetic course N times larger than the real one, for seeing how the
 * figures grow: course.yaml copied as is, every module file (and its
 * translations in `<language>/`) cloned N times with its ids suffixed
 * `_x1` … `_xN` so they stay unique in the SCO.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isValidId } from '../../src/content/ids.js';
import type { Module } from '../../src/content/types.js';
import { COURSE_FILE, MODULE_FILE } from '../lib/course-format/course-folder.js';
import { parseModuleMarkdown } from '../lib/course-format/markdown-module.js';
import { writeModuleMarkdown } from '../lib/course-format/write-module.js';
import { ROOT } from '../lib/paths.js';

/** Keys whose string value is an id or names one (question → objective, branch choice → step). */
const ID_KEYS = new Set(['id', 'objective', 'next']);
/** In a translation, objects under these keys are keyed by id (src/content/translation.ts). */
const KEYED_BY_ID = new Set(['objectives', 'lessons', 'check', 'bank', 'options', 'pairs', 'items', 'steps', 'choices']);
const SRC_URL = pathToFileURL(join(ROOT, 'src/')).href;
const DEFINE_URL = new URL('content/define.js', SRC_URL).href;

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

/** A translation's course.ts as is; the copy lives outside the project, so its relative imports of src/ become absolute. */
function copyConfig(from: string, to: string): void {
  writeFileSync(join(to, 'course.ts'), readFileSync(join(from, 'course.ts'), 'utf8').replace(/(['"])(?:\.\.\/)+src\//g, `$1${SRC_URL}`));
}

const importDefault = async (path: string): Promise<unknown> => ((await import(pathToFileURL(resolve(path)).href)) as { default: unknown }).default;

/**
 * Writes the course in `from` (default `modules`) times `copies` into `to`;
 * returns the module file names written. Module values are imported, so any
 * module a trainer can write is cloned faithfully.
 */
export async function writeSyntheticCourse(to: string, copies: number, from = join(ROOT, 'modules')): Promise<string[]> {
  const names = readdirSync(from).filter((n) => MODULE_FILE.test(n)).sort();
  if (names.length * copies > 99) throw new Error(`${names.length * copies} modules do not fit two-digit file names`);
  const languages = readdirSync(from).filter((n) => statSync(join(from, n)).isDirectory() && readdirSync(join(from, n)).some((f) => f.endsWith('.ts')));
  mkdirSync(to, { recursive: true });
  copyFileSync(join(from, COURSE_FILE), join(to, COURSE_FILE));
  for (const language of languages) {
    mkdirSync(join(to, language), { recursive: true });
    // tsx loads .ts outside a "type": "module" package as CommonJS, which the translation files are not.
    writeFileSync(join(to, language, 'package.json'), '{ "type": "module" }\n');
    if (existsSync(join(from, language, 'course.ts'))) copyConfig(join(from, language), join(to, language));
  }

  const written: string[] = [];
  for (const [i, name] of names.entries()) {
    const module = parseModuleMarkdown(name, readFileSync(join(from, name), 'utf8')).value as Module;
    const translationName = name.replace(/\.md$/, '.ts');
    const translations = await Promise.all(
      languages.filter((l) => existsSync(join(from, l, translationName))).map(async (l) => [l, await importDefault(join(from, l, translationName))] as const),
    );
    for (let copy = 1; copy <= copies; copy++) {
      const file = `${String((copy - 1) * names.length + i + 1).padStart(2, '0')}-${name.slice(3, -3)}-x${copy}.md`;
      const body = (value: unknown) => JSON.stringify(value, null, 2);
      writeFileSync(join(to, file), writeModuleMarkdown(suffixIds(module, `_x${copy}`)));
      for (const [language, translation] of translations) {
        const text = `import { defineTranslation } from '${DEFINE_URL}';\n\nexport default defineTranslation(${body(suffixTranslationIds(translation, `_x${copy}`))});\n`;
        writeFileSync(join(to, language, file.replace(/\.md$/, '.ts')), text);
      }
      written.push(file);
    }
  }
  return written.sort();
}
