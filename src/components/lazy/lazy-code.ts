/**
 * The parts of the player that no first screen shows, each bundled as a file
 * of its own and imported when first needed (issue 13: the first lesson must
 * not wait for the assessment, the certificate or a second language).
 *
 * This is the source version, which tests run. The build replaces this module
 * (scripts/lib/lazy-files.ts) with one that imports the built files by URL, so
 * that a load that failed can be tried again under a new URL: a browser keeps
 * a failed import's error for its URL for the page's lifetime (HTML, "fetch a
 * single module script": the module map keeps the failure).
 */
export type LazyCode = 'views' | 'strings-es';

/** `attempt`: 0 for the first load, then 1, 2, … for each retry (only the build's version uses it). */
export function importLazy(name: LazyCode, _attempt: number): Promise<unknown> {
  switch (name) {
    case 'views':
      return import('./lazy-views.js');
    case 'strings-es':
      return import('../i18n/spanish.js');
  }
}
