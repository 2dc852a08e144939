/**
 * The short hash a translated text keeps of the English it was made from
 * (`from: 5e1a9c`): when the English is reworded, the hash no longer matches
 * and the translation is reported as stale.
 */
import { createHash } from 'node:crypto';

/** 6 hex digits: 16 million values, plenty to notice a change to one text. */
export const HASH_LENGTH = 6;

/** White space is collapsed first: re-wrapping a paragraph in the Markdown does not make its translation stale. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(sameText(text)).digest('hex').slice(0, HASH_LENGTH);
}

/** The text as a learner reads it (HTML collapses white space too). */
export function sameText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
