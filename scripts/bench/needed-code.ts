/**
 * "JS+CSS needed before the first lesson": the package's scripts and style
 * sheets the browser asked for by the moment the player's own first lesson
 * was on screen (the launch page's prerendered one needs none: it shows
 * sooner, with only the page itself),
 * read from the DevTools protocol's network log, each counted at its gzip -9
 * size. Whatever the build splits off and loads later is not counted; whatever
 * the first screen waits for is, however the build names it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One `Network.requestWillBeSent` event, the fields used. */
export interface LoggedRequest {
  url: string;
  /** Seconds since the epoch (CDP `wallTime`). */
  wallTime: number;
}

/** Scripts and style sheets: what the budget counts. */
export const CODE = /\.(m?js|css)$/;
/** The course's data (outline, content): reported beside the code, with no budget. */
export const DATA = /\.json$/;

/**
 * The paths under `/pkg/<pkg>/` of JS and CSS (or what `kind` matches) requested
 * at or before `seenAtMs` (ms since the epoch), sorted, each once.
 */
export function codeRequestedBefore(requests: readonly LoggedRequest[], pkg: string, seenAtMs: number, kind: RegExp = CODE): string[] {
  const prefix = `/pkg/${pkg}/`;
  const paths = requests
    .filter((r) => r.wallTime * 1000 <= seenAtMs)
    .map((r) => new URL(r.url).pathname)
    .filter((path) => path.startsWith(prefix) && kind.test(path))
    .map((path) => decodeURIComponent(path.slice(prefix.length)));
  return [...new Set(paths)].sort();
}

/** The gzip -9 bytes of `files` (paths relative to `dir`), as a server would send them. */
export function gzipBytes(dir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}
