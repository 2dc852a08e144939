/** Where the project is, and how paths are shown to authors. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is scripts/lib/paths.ts). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path as reports show it: relative to the project root when inside it, with `/`. */
export function displayPath(path: string): string {
  const rel = relative(ROOT, resolve(path));
  return (rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel).split(sep).join('/');
}
