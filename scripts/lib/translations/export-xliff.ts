/**
 * `npm run translations -- export es`: every text of the course as XLIFF 1.2,
 * the format translation agencies' tools (Trados, memoQ, Phrase, OmegaT)
 * open. One <file> per English file, one <trans-unit> per text, keyed by its
 * unit key; the current translation as <target>, marked for review when the
 * English changed since (XLIFF 1.2 §2.3.1.3 state "needs-review-translation").
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../../src/content/validate-read.js';
import { renderTemplate } from '../render-template.js';
import { languages, readLanguageFolder, type EnglishCourse } from './language-folder.js';

const TEMPLATE = fileURLToPath(new URL('./xliff-1.2.xml.mustache', import.meta.url));

export interface XliffExport {
  xml: string;
  /** The problems of the language folder, as `npm run validate` shows them. */
  problems: Problem[];
  /** Files that could not be read: exporting would ask the agency to translate their texts again. */
  unreadable: string[];
  counts: { units: number; translated: number; stale: number };
}

export function exportXliff(dir: string, language: string, english: EnglishCourse): XliffExport {
  const folder = readLanguageFolder(dir, language, english);
  const sourceLanguage = String((english.config.value as { language?: unknown }).language);
  const counts = { units: 0, translated: 0, stale: 0 };
  const names = languages(english, language);
  const files = folder.pairings.flatMap((pairing) => {
    if (!pairing.units) return [];
    const translated = folder.files.find((f) => f.path === pairing.path);
    const units = pairing.units.map((unit) => {
      const entry = translated?.entries.get(unit.key);
      counts.units += 1;
      if (entry) counts[entry.stale ? 'stale' : 'translated'] += 1;
      return {
        id: unit.key,
        source: unit.source,
        target: entry && { text: entry.text, state: entry.stale ? 'needs-review-translation' : 'translated' },
        note: entry?.stale ? `The ${names.source} changed since this was translated: check the translation against it.` : undefined,
      };
    });
    return [{ original: basename(pairing.english.file), sourceLanguage, targetLanguage: language, units }];
  });
  const unreadable = folder.files.filter((f) => f.unreadable).map((f) => f.file);
  return { xml: renderTemplate(TEMPLATE, { files }), problems: folder.problems, unreadable, counts };
}
