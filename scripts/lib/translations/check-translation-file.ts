/**
 * Checks one translation file against the English texts it translates (its
 * units, src/content/translation-units.ts) and keeps the usable texts.
 *
 * A translated module must have every text: localize.ts marks only whole
 * untranslated modules with the course language (WCAG 3.1.2), so a missing
 * paragraph would show English inside a Spanish page unmarked. A stale text
 * (the English changed since) is only a warning: the old translation is
 * still better for the learner than none, and the trainer sees what to check.
 */
import { nearest } from '../../../src/content/nearest.js';
import { droppedPlaceholders, unknownPlaceholder } from '../../../src/content/site.js';
import type { Unit } from '../../../src/content/translation-units.js';
import { describe, type Problem } from '../../../src/content/validate-read.js';
import { positionOf } from '../course-format/positions.js';
import { yamlText } from '../course-format/write-module.js';
import type { TranslationFileRead } from './read-translation-file.js';
import { sameText, sourceHash } from './source-hash.js';

/** Names the languages in messages: "the Spanish", "the English". */
export interface Languages {
  source: string;
  target: string;
}

export interface CheckedEntry {
  text: string;
  /** As written; undefined when the entry has none. */
  from: string | undefined;
  /** The English changed since this was translated (or the entry does not say from which English). */
  stale: boolean;
}

export interface CheckedFile {
  /** The usable texts by unit key: stale ones included, empty or malformed ones not. */
  entries: Map<string, CheckedEntry>;
  problems: Problem[];
}

const FIELDS = ['text', 'from'];

/**
 * `elsewhere`: the other translation files' keys (key → file name), so an
 * entry pasted into the wrong file is sent to the right one.
 */
export function checkTranslationFile(
  file: string,
  read: TranslationFileRead,
  units: Unit[],
  englishFile: string,
  names: Languages,
  elsewhere: ReadonlyMap<string, string> = new Map(),
): CheckedFile {
  const problems = [...read.problems];
  const entries = new Map<string, CheckedEntry>();
  if (read.entries === undefined) return { entries, problems };
  /** Problems name the unit's key; `place` (the key, or one of its fields) is the line they point at. */
  const report: Report = (key, place, message, fix, warning = false) => {
    const at = positionOf(read.positions, place) ?? { line: 1, column: 1 };
    problems.push({ file, path: key, ...at, message, fix, ...(warning && { severity: 'warning' as const }) });
  };
  const byKey = new Map(units.map((u) => [u.key, u]));

  for (const [key, value] of read.entries) {
    const unit = byKey.get(key);
    if (!unit) {
      const other = elsewhere.get(key);
      if (other) {
        report(key, key, `is not a text of ${englishFile}, it translates another file`, `move the entry to ${other}`);
        continue;
      }
      const near = nearest(key, [...byKey.keys()]);
      report(
        key,
        key,
        `is not a text of ${englishFile}`,
        near
          ? `did you mean ${near}? Correct the key, or delete the entry if the ${names.source} no longer has this text`
          : `delete the entry if the ${names.source} no longer has this text; the keys are the ids of ${englishFile} (modules/README.md, Translations)`,
      );
      continue;
    }
    const entry = checkEntry(key, value, unit, report, names);
    if (entry) entries.set(key, entry);
  }

  // Reported where the text belongs: after the entry before it, in the English order.
  let previous: string | undefined;
  for (const unit of units) {
    if (read.entries.has(unit.key)) {
      previous = unit.key;
      continue;
    }
    const where = previous ? `add it after ${previous}` : 'add it at the top';
    const at = previous ? read.positions.get(previous) : undefined;
    problems.push({
      file,
      path: unit.key,
      ...(at ?? { line: 1, column: 1 }),
      message: 'is missing',
      fix: `translate the ${names.source} "${sameText(unit.source)}" (${englishFile}) and ${where}, with from: ${fromValue(sourceHash(unit.source))}`,
    });
  }
  return { entries, problems: sortByLine(problems) };
}

type Report = (key: string, place: string, message: string, fix: string, warning?: boolean) => void;

function checkEntry(key: string, value: unknown, unit: Unit, report: Report, names: Languages): CheckedEntry | undefined {
  const english = `"${sameText(unit.source)}"`;
  const hash = fromValue(sourceHash(unit.source));
  // `key: Texto` without text: and from: is a translation too, just not yet tied to its English.
  const rec = typeof value === 'string' ? { text: value } : value;
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    report(key, key, `must be text: and from:, not ${describe(rec)}`, `write text: with the ${names.target} and from: ${hash} on the lines below, indented`);
    return undefined;
  }
  const fields = rec as Record<string, unknown>;
  for (const field of Object.keys(fields).filter((f) => !FIELDS.includes(f))) {
    const near = nearest(field, FIELDS);
    report(key, `${key}.${field}`, `"${field}" is not part of a translation`, `${near ? `did you mean ${near}? ` : ''}an entry has only text: and from:`);
  }

  const text = fields['text'];
  if (text === undefined) return void report(key, key, 'has no text', `add text: with the ${names.target} for ${english}`);
  if (typeof text !== 'string') return void report(key, `${key}.text`, `its text is ${describe(text)}, not words`, 'put the text in double quotes ("…")');
  if (text.trim() === '') return void report(key, `${key}.text`, 'its text is empty', `write the ${names.target} for ${english}`);

  const unknown = unknownPlaceholder(text);
  if (unknown) return void report(key, `${key}.text`, unknown.message, unknown.fix);
  const dropped = droppedPlaceholders(unit.source, text);
  if (dropped.length > 0) {
    report(key, `${key}.text`, `leaves out ${dropped.map((n) => `{${n}}`).join(', ')}`, `write ${dropped.length === 1 ? 'it' : 'them'} as in the ${names.source} ${english}: the build fills in the site's own details there`, true);
  }
  const from = fields['from'] === undefined || fields['from'] === null ? undefined : String(fields['from']);
  if (from === undefined) {
    report(key, key, `does not say which ${names.source} it was translated from`, `check the ${names.target} against the ${names.source} ${english}, then add from: ${hash}`, true);
  } else if (from !== sourceHash(unit.source)) {
    report(key, `${key}.from`, `the ${names.source} changed since this was translated`, `check the ${names.target} against the ${names.source} now: ${english}, then set from: ${hash}`, true);
  }
  return { text: text.trim(), from, stale: from !== sourceHash(unit.source) };
}

/** `from: 5e1a9c`; a hash of digits only is quoted, or YAML would read it as a number ("012345" → 12345). */
export function fromValue(hash: string): string {
  return yamlText(hash).trim();
}

function sortByLine(problems: Problem[]): Problem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i).map(({ p }) => p);
}
