// `npm run translations -- export es [--out FILE]`: every text of the course as XLIFF 1.2 for a translation agency.
// `npm run translations -- import es FILE`: the agency's XLIFF back into modules/es/*.yaml, validated.
// Both take --modules DIR (default modules).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGE_TAG } from '../src/content/language.js';
import { formatProblem, type Problem } from '../src/content/validate.js';
import { displayPath } from './lib/paths.js';
import { loadEnglishCourse } from './lib/translations/english-course.js';
import { exportXliff } from './lib/translations/export-xliff.js';
import { importXliff } from './lib/translations/import-xliff.js';
import { loadTranslations } from './lib/translations/load-translations.js';

const USAGE = 'usage: npm run translations -- export <language> [--out FILE] | import <language> FILE   (both: [--modules DIR])';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, modules: { type: 'string', default: 'modules' } } });
const [command, language, file] = positionals;

function fail(message: string, problems: Problem[] = []): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${problems.length > 0 ? '\n' : ''}✗ ${message}`);
  process.exit(1);
}

if ((command !== 'export' && command !== 'import') || !language || (command === 'import' && !file)) fail(USAGE);
if (!LANGUAGE_TAG.test(language)) fail(`"${language}" is not a language tag: write it as the folder is named, e.g. es or pt-BR`);

const modulesDir = resolve(values.modules);
const { english, problems: englishProblems } = await loadEnglishCourse(modulesDir);
if (englishProblems.length > 0) fail('fix the course first: the translation tools need the whole English', englishProblems);
if (String((english.config.value as { language?: unknown }).language).toLowerCase() === language.toLowerCase()) {
  fail(`${language} is the course's own language: name the language to translate into`);
}
const dir = join(modulesDir, language);

if (command === 'export') {
  const out = resolve(values.out ?? `${language}.xlf`);
  const result = exportXliff(dir, language, english);
  if (result.unreadable.length > 0) fail(`fix ${result.unreadable.join(', ')} first: the export would leave its translations out`, result.problems);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.xml);
  const { units, translated, stale } = result.counts;
  console.log(`✓ ${displayPath(out)}: ${units} texts — ${translated} translated, ${stale} to check (the English changed), ${units - translated - stale} to translate`);
} else {
  const xliffPath = resolve(file!);
  const result = await importXliff(dir, language, english, displayPath(xliffPath), readFileSync(xliffPath, 'utf8'));
  if (result.writes.length === 0 && result.problems.some((p) => p.severity !== 'warning')) fail('nothing imported', result.problems);
  for (const w of result.writes) {
    mkdirSync(dirname(w.path), { recursive: true });
    writeFileSync(w.path, w.text);
  }
  for (const p of result.problems) console.warn(formatProblem(p));
  // What the build will say about the language now.
  const after = loadTranslations(modulesDir, english).problems.filter((p) => p.file.startsWith(displayPath(dir)));
  for (const p of after) console.warn(formatProblem(p));
  const files = result.writes.map((w) => w.file).join(', ') || 'no file changed';
  console.log(`✓ ${result.imported} text${result.imported === 1 ? '' : 's'} imported (${files})${after.length > 0 ? `; ${after.length} problem${after.length === 1 ? '' : 's'} above` : ''}`);
}
