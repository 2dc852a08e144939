/**
 * Varied text for the synthetic course: every word of a copy's text is drawn,
 * with a seeded generator, from the real course's own words (as often as the
 * course uses each), so a copy reads like course text to a compressor but
 * repeats no sentence of the original. Ten identical copies compress to
 * almost nothing (issue 13); these compress about as well as the real text.
 * Deterministic: the same seed gives the same text. Pure.
 */

/** Keys whose string values (or arrays of strings) are text a learner reads; everything else is kept. */
const TEXT_KEYS = new Set(['title', 'text', 'prompt', 'feedback', 'correct', 'incorrect', 'consequence', 'summary', 'items']);

/**
 * What a text splits into: kept tokens (a `{placeholder}`, a Markdown link or
 * code span, whose contents the validator or the player reads) and words.
 */
const TOKEN = /(\{[^}]*\}|\[[^\]]*\]\([^)]*\)|`[^`]*`)|(\p{L}[\p{L}\p{N}'’-]*)/gu;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every text string under a text key, in document order. */
export function textsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, key));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
}

/** The words of `texts`, lower case, one entry per use (frequent words stay frequent). */
export function wordPool(texts: string[]): string[] {
  return texts.flatMap((t) => [...t.matchAll(TOKEN)].flatMap((m) => (m[2] ? [m[2].toLowerCase()] : [])));
}

/** `text` with each word replaced by a pool word; capitals, punctuation, spacing and kept tokens stay. */
export function varyText(text: string, pool: readonly string[], random: () => number): string {
  if (pool.length === 0) return text;
  return text.replace(TOKEN, (match, kept: string | undefined) => {
    if (kept !== undefined) return match;
    const word = pool[Math.floor(random() * pool.length)]!;
    return match[0] !== match[0]!.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}

/** A copy of `value` with every text under a text key varied; ids, kinds and numbers kept. */
export function varyTexts<T>(value: T, pool: readonly string[], random: () => number, key = ''): T {
  if (typeof value === 'string') return (TEXT_KEYS.has(key) ? varyText(value, pool, random) : value) as T;
  if (Array.isArray(value)) return value.map((v) => varyTexts(v, pool, random, key)) as T;
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, varyTexts(v, pool, random, k)])) as T;
}
