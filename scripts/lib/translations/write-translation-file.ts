/**
 * Writes a translation file: the entries in the English order, each with the
 * English as a comment above it, so a trainer reading the Spanish sees what
 * it translates. Used by the XLIFF import and the one-off conversion.
 */
import { Document, isMap, isScalar } from 'yaml';
import type { Unit } from '../../../src/content/translation-units.js';
import { sameText } from './source-hash.js';

export interface WrittenEntry {
  text: string;
  from: string;
}

/**
 * `entries` by unit key; the units give the order and the English comments.
 * Entries for keys the English no longer has (`extra`) are kept at the end,
 * so a rewrite never loses a trainer's text; the validator reports them.
 */
export function writeTranslationFile(units: Unit[], entries: ReadonlyMap<string, WrittenEntry>, header: string, extra: ReadonlyMap<string, unknown> = new Map()): string {
  const content: Record<string, unknown> = {};
  for (const unit of units) {
    const entry = entries.get(unit.key);
    if (entry) content[unit.key] = { text: entry.text, from: entry.from };
  }
  for (const [key, value] of extra) content[key] ??= value;
  const doc = new Document(content);
  doc.commentBefore = header;
  const english = new Map(units.map((u) => [u.key, u.source]));
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      if (!isScalar(pair.key)) return;
      const source = english.get(String(pair.key.value));
      pair.key.commentBefore = source === undefined ? ' (not in the English any more)' : ` ${sameText(source)}`;
      // The header's blank line already separates the first entry.
      pair.key.spaceBefore = i > 0;
    });
  }
  // One line per text, quotes only where needed: as the module files are written (write-module.ts yamlText).
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
