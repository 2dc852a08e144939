/** Where the preview finds what it serves, relative to this file so any working directory works. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `npm run build` stages each package unzipped here, one folder per target. */
export const STAGE_DIR = join(PROJECT_ROOT, 'dist', '.stage');
/** scorm-again's ES modules: the LMS page imports `/vendor/scorm12.js` or `/vendor/scorm2004.js`. */
export const VENDOR_DIR = join(PROJECT_ROOT, 'node_modules', 'scorm-again', 'dist', 'esm');
/** The LMS page (lms.html and its modules) lives beside this file. */
export const PAGE_DIR = fileURLToPath(new URL('./', import.meta.url));
/** The targets the LMS page can launch; the folder names under STAGE_DIR. */
export const TARGETS = ['scorm12', 'scorm2004'] as const;
