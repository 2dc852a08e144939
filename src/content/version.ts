/**
 * Canonical JSON for the content version: the same content always gives the
 * same text, whatever order an author wrote an object's keys in. The build
 * hashes it (scripts/lib/load-course.ts); pure so the browser could, too.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined, functions and symbols have no JSON form; like JSON.stringify inside arrays, write null.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Length of the version stamp: 12 hex characters (48 bits) of the content hash. */
export const VERSION_LENGTH = 12;
