// One-off: turns the TypeScript translations (modules/<language>/*.ts, the
// nested CourseTranslation shape) into the trainer's YAML files, every text
// with `from:` the hash of the current English. Run once, with the English
// still in TypeScript: `npx tsx scripts/convert-translations-to-yaml.ts [modules]`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { courseConfigUnits, moduleUnits, type Unit } from '../src/content/translation-units.js';
import type { CourseConfig, Module } from '../src/content/types.js';
import { languageName, translationFileName } from './lib/translations/language-folder.js';
import { sourceHash } from './lib/translations/source-hash.js';
import { writeTranslationFile, type WrittenEntry } from './lib/translations/write-translation-file.js';

const dir = resolve(process.argv[2] ?? 'modules');
const load = async (path: string): Promise<unknown> => ((await import(pathToFileURL(path).href)) as { default: unknown }).default;

const config = (await load(join(dir, 'course.ts'))) as CourseConfig;
const english = new Map<string, Module>();
for (const name of readdirSync(dir).filter((n) => /^\d\d-[a-z0-9-]+\.ts$/.test(n))) english.set(name, (await load(join(dir, name))) as Module);

for (const language of readdirSync(dir).filter((n) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(n))) {
  for (const name of readdirSync(join(dir, language)).filter((n) => n.endsWith('.ts'))) {
    const path = join(dir, language, name);
    const source = name === 'course.ts' ? config : english.get(name);
    if (!source) throw new Error(`${path}: no English file ${name}`);
    const units = name === 'course.ts' ? courseConfigUnits(config) : moduleUnits(source as Module);
    const translation = await load(path);
    const entries = new Map<string, WrittenEntry>();
    for (const unit of units) {
      const text = textAt(translation, unit);
      if (text !== undefined) entries.set(unit.key, { text, from: sourceHash(unit.source) });
    }
    const englishName = name === 'course.ts' ? 'course.yaml' : `${basename(name, '.ts')}.md`;
    const out = join(dir, language, name === 'course.ts' ? 'course.yaml' : translationFileName(name));
    writeFileSync(out, writeTranslationFile(units, entries, header(readFileSync(path, 'utf8'), `${languageName(language)} for ${englishName}`)));
    console.log(`${out}: ${entries.size} of ${units.length} texts`);
  }
}

/** The translation's text for `unit`, found where the unit's target path points in the nested shape. */
function textAt(tree: unknown, unit: Unit): string | undefined {
  let node = tree;
  for (const step of unit.target) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[step] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The translator's notes from the .ts file's comments, under a first line naming the English file. */
function header(ts: string, first: string): string {
  const notes = ts.split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, ''));
  // The sentence naming the .ts file it translated is replaced by `first`.
  if (notes[0]) notes[0] = notes[0].split(/(?<=\.)\s+/).filter((s) => !s.includes('.ts')).join(' ');
  return [` ${first}`, ...notes.filter(Boolean).map((l) => ` ${l}`)].join('\n');
}
