/**
 * Which parts of the content a translation replaces, decided once from the
 * shape of the source so that the translation units (`translation-units.ts`) and
 * `localizeCourse` (`localize.ts`) can never disagree about it:
 *
 * - text: any string, except the fields in `NOT_TEXT`;
 * - keyed: a list of objects with ids → the translation is an object keyed by id;
 * - list: any other list (blocks, list items) → a list of the same length;
 * - record: an object → the same keys, minus everything that is not text;
 * - none: numbers, booleans, ids and other codes → not in the translation.
 *
 * A new text field in `types.ts` is translatable without touching this file;
 * a new non-text string field must be added to `NOT_TEXT`.
 */

/** String fields that are codes, not words: they are never translated. */
export const NOT_TEXT: ReadonlySet<string> = new Set(['id', 'objective', 'type', 'kind', 'next', 'language', 'src']);

export type Shape = 'text' | 'keyed' | 'list' | 'record' | 'none';

export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: unknown): value is Rec & { id: string } {
  return isRecord(value) && typeof value['id'] === 'string';
}

export function shapeOf(value: unknown): Shape {
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return value.length > 0 && value.every(hasId) ? 'keyed' : 'list';
  if (isRecord(value)) return 'record';
  return 'none';
}

/** Does this part of the source hold any text to translate? An empty bank, for one, does not. */
export function hasText(value: unknown): boolean {
  switch (shapeOf(value)) {
    case 'text':
      return true;
    case 'keyed':
    case 'list':
      return (value as unknown[]).some(hasText);
    case 'record':
      return translatableKeys(value as Rec).length > 0;
    case 'none':
      return false;
  }
}

/** The keys of a source object that a translation of it carries. */
export function translatableKeys(source: Rec): string[] {
  return Object.keys(source).filter((key) => !NOT_TEXT.has(key) && hasText(source[key]));
}
