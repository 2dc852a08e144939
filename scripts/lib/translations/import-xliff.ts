/**
 * `npm run translations -- import es file.xlf`: an agency's XLIFF 1.2 back
 * into modules/es/*.yaml. Nothing is written unless the whole file is usable
 * (the right languages, every id a text of the course, plain text), so a
 * wrong file never leaves half an import behind.
 *
 * Each imported text gets `from:` the hash of the <source> it was translated
 * from. When the English changed after the export, that hash is not the
 * current English's, so the text is imported but shows as stale — the work is
 * kept and the trainer sees what to check. A target equal to the text already
 * in the file keeps its entry as it is (an untouched round trip changes nothing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import xliff12ToJs, { type Xliff12 } from 'xliff/xliff12ToJs';
import { primarySubtag } from '../../../src/content/language.js';
import { nearest } from '../../../src/content/nearest.js';
import type { Problem } from '../../../src/content/validate-read.js';
import { languageName, languages, pairings, type EnglishCourse, type Pairing } from './language-folder.js';
import { readTranslationFile } from './read-translation-file.js';
import { sameText, sourceHash } from './source-hash.js';
import { writeTranslationFile, type WrittenEntry } from './write-translation-file.js';

export interface XliffImport {
  /** The translation files to write (only those that change), empty when the import is refused. */
  writes: { path: string; file: string; text: string }[];
  problems: Problem[];
  imported: number;
}

interface Imported {
  text: string;
  /** The <source> it was translated from. */
  source: string;
}

export async function importXliff(dir: string, language: string, english: EnglishCourse, xliffFile: string, xml: string): Promise<XliffImport> {
  const problems: Problem[] = [];
  const at = (needle: string): { line: number; column: number } => positionIn(xml, needle);
  const report = (needle: string, path: string, message: string, fix: string, warning = false): void => {
    problems.push({ file: xliffFile, path, ...at(needle), message, fix, ...(warning && { severity: 'warning' as const }) });
  };
  const refused = (): XliffImport => ({ writes: [], problems, imported: 0 });

  let doc: Xliff12;
  try {
    doc = await xliff12ToJs(xml);
  } catch (error) {
    report('', '', `is not an XLIFF file (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`, 'import the .xlf file the translation tool exported, in XLIFF 1.2');
    return refused();
  }
  if (doc.xliffVersion) report('<xliff', '', `is XLIFF ${doc.xliffVersion}`, 'export it from the translation tool as XLIFF 1.2');
  if ((doc.targetLanguage ?? '').toLowerCase() !== language.toLowerCase()) {
    report('target-language', '', `is a translation into ${doc.targetLanguage ? languageName(doc.targetLanguage) : 'no language'} (target-language="${doc.targetLanguage ?? ''}"), not ${languageName(language)}`, `import it into its own language, or export ${language} again`);
  }
  const own = String((english.config.value as { language?: unknown }).language);
  if (primarySubtag(doc.sourceLanguage ?? '') !== primarySubtag(own)) {
    report('source-language', '', `translates from ${doc.sourceLanguage ? languageName(doc.sourceLanguage) : 'no language'}, but the course is in ${languageName(own)}`, `export it again with npm run translations -- export ${language}`);
  }

  const all = pairings(dir, english);
  const byOriginal = new Map(all.map((p) => [basename(p.english.file), p]));
  const imports = new Map<Pairing, Map<string, Imported>>();
  for (const [original, units] of Object.entries(doc.resources)) {
    const pairing = byOriginal.get(original);
    if (!pairing?.units) {
      const near = nearest(original, [...byOriginal.keys()]);
      report(`original="${original}"`, '', `<file original="${original}"> is not a file of the course`, near ? `did you mean ${near}? Export ${language} again` : `export ${language} again: the course's files are ${[...byOriginal.keys()].join(', ')}`);
      continue;
    }
    const keys = new Set(pairing.units.map((u) => u.key));
    const found = new Map<string, Imported>();
    for (const [id, unit] of Object.entries(units)) {
      const needle = `id="${id}"`;
      if (!keys.has(id)) {
        const near = nearest(id, [...keys]);
        report(needle, id, `is not a text of ${pairing.english.file}`, near ? `did you mean ${near}? Export ${language} again so the ids match the course` : `export ${language} again so the ids match the course`);
        continue;
      }
      if (unit.target === undefined || unit.target === '') continue;
      if (typeof unit.target !== 'string' || typeof unit.source !== 'string') {
        report(needle, id, 'contains tags (formatting or placeholders)', 'the course shows plain text: remove the tags in the translation tool and export again');
        continue;
      }
      if (unit.target.trim() !== '') found.set(id, { text: unit.target.trim(), source: unit.source });
    }
    imports.set(pairing, found);
  }
  if (problems.length > 0) return refused();

  const names = languages(english, language);
  const writes: XliffImport['writes'] = [];
  let imported = 0;
  for (const pairing of all) {
    const found = imports.get(pairing);
    if (!pairing.units || !found || found.size === 0) continue;
    const existing = existsSync(pairing.path) ? readFileSync(pairing.path, 'utf8') : undefined;
    const read = existing === undefined ? undefined : readTranslationFile(pairing.file, existing);
    if (read && read.entries === undefined) {
      problems.push(...read.problems.map((p) => ({ ...p, fix: `${p.fix}; then import again (nothing was imported)` })));
      return refused();
    }
    const { kept, extra } = usableEntries(read?.entries ?? new Map(), pairing);
    const entries = new Map<string, WrittenEntry>();
    for (const unit of pairing.units) {
      const old = kept.get(unit.key);
      const next = found.get(unit.key);
      if (next && old?.text !== next.text) {
        entries.set(unit.key, { text: next.text, from: sourceHash(next.source) });
        imported += 1;
        if (sameText(next.source) !== sameText(unit.source)) {
          report(`id="${unit.key}"`, unit.key, `the ${names.source} changed after this file was exported: imported into ${pairing.file}, marked stale`, `check the ${names.target} against the ${names.source} now (npm run validate lists it)`, true);
        }
      } else if (old) entries.set(unit.key, old);
    }
    const header = read?.header ?? ` ${names.target} for ${basename(pairing.english.file)}`;
    const text = writeTranslationFile(pairing.units, entries, header, extra);
    if (text !== existing) writes.push({ path: pairing.path, file: pairing.file, text });
  }
  return { writes, problems, imported };
}

/** The file's entries that can be written back as they are, and the rest, kept raw so no text of the trainer's is lost. */
function usableEntries(raw: Map<string, unknown>, pairing: Pairing): { kept: Map<string, WrittenEntry>; extra: Map<string, unknown> } {
  const keys = new Set(pairing.units?.map((u) => u.key));
  const kept = new Map<string, WrittenEntry>();
  const extra = new Map<string, unknown>();
  for (const [key, value] of raw) {
    const rec = value as { text?: unknown; from?: unknown } | null;
    if (keys.has(key) && typeof rec?.text === 'string' && rec.from !== undefined && rec.from !== null) kept.set(key, { text: rec.text.trim(), from: String(rec.from) });
    else extra.set(key, value);
  }
  return { kept, extra };
}

/** 1-based line and column of the first `needle` in `text` (1:1 when absent): where a tool or editor should jump. */
function positionIn(text: string, needle: string): { line: number; column: number } {
  const offset = needle ? Math.max(0, text.indexOf(needle)) : 0;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
