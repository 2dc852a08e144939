/** Where the preview finds what it serves, relative to this file so any working directory works. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The preview builds here, not in dist/: dist/ holds the zips a trainer uploads,
 * and a preview built in Spanish or from a half-edited course must not replace them.
 * Packages are staged unzipped in `<PREVIEW_OUT>/.stage/<target>/`.
 */
export const PREVIEW_OUT = join(PROJECT_ROOT, '.cache', 'preview');
/** scorm-again's ES modules: the LMS page imports `vendor/scorm12.js` or `vendor/scorm2004.js`. */
export const VENDOR_DIR = join(PROJECT_ROOT, 'node_modules', 'scorm-again', 'dist', 'esm');
/** The LMS page (lms.html and its modules) lives beside this file. */
export const PAGE_DIR = fileURLToPath(new URL('./', import.meta.url));
