/**
 * The player's code split for a phone network (issue 13): `app.js` holds what
 * the first screen needs; each lazy entry (src/components/lazy/lazy-code.ts)
 * becomes a file of its own beside it, and the code both use goes into shared
 * chunks under `code/`, which `app.js` imports (and the launch page preloads).
 */
import type { Metafile, Plugin } from 'esbuild';
import { posix, relative as relativePath, resolve } from 'node:path';
import type { LazyCode } from '../../src/components/lazy/lazy-code.js';

/** Each lazy part of the player: its source and the file it is built to, beside app.js. */
export const LAZY_ENTRIES: Readonly<Record<LazyCode, { source: string; file: string }>> = {
  views: { source: 'src/components/lazy/lazy-views.ts', file: 'views.js' },
  'strings-es': { source: 'src/components/i18n/spanish.ts', file: 'strings-es.js' },
};

export const APP_FILE = 'app.js';
export const CHUNK_FOLDER = 'code';

const LAZY_CODE_MODULE = /[\\/]src[\\/]components[\\/]lazy[\\/]lazy-code\.ts$/;

/**
 * Replaces lazy-code.ts with a version that imports the built files by URL,
 * relative to the launch page (index.html sits beside app.js), and each retry
 * under a new URL: a browser keeps a failed import's error for its URL.
 */
export function lazyCodeByUrl(): Plugin {
  const files = Object.fromEntries(Object.entries(LAZY_ENTRIES).map(([name, { file }]) => [name, file]));
  const contents = `const FILES = ${JSON.stringify(files)};
export function importLazy(name, attempt) {
  const url = new URL(FILES[name], document.baseURI);
  if (attempt > 0) url.searchParams.set('retry', String(attempt));
  return import(url.href);
}`;
  return {
    name: 'frontline-lazy-code',
    setup(build) {
      build.onLoad({ filter: LAZY_CODE_MODULE }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * The files app.js imports, directly or through another (shared chunks), in
 * the order found: what the launch page preloads beside it. Throws when a lazy
 * file imports a chunk app.js does not: that chunk would be a second request
 * a retry could not repeat (lazy-code.ts).
 */
export function appImports(metafile: Metafile, outDir: string): string[] {
  // The metafile's paths are relative to the working folder; the launch page's to the package's.
  const relative = (path: string) => posix.normalize(relativePath(outDir, resolve(path)).replaceAll('\\', '/'));
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).map(([path, out]) => [relative(path), out]));
  const staticImports = (file: string) => (outputs[file]?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => relative(i.path));
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const dep of staticImports(file)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(APP_FILE);
  for (const { file } of Object.values(LAZY_ENTRIES)) {
    if (!outputs[file]) continue;
    const extra = staticImports(file).filter((dep) => !seen.has(dep));
    if (extra.length > 0) throw new Error(`${file} imports ${extra.join(', ')}, which ${APP_FILE} does not load: give that code to ${APP_FILE} or to one lazy file (scripts/lib/lazy-files.ts)`);
  }
  return [...seen];
}
