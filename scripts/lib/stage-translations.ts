/**
 * Takes the translations out of the course the bundle carries and writes them
 * beside it as `translations/<language>.json` (see src/content/translation-file.ts):
 * every package offers every language, but each learner downloads only theirs.
 * Call before `stagePackage`, whose manifest lists the files staged so far.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { detachTranslations } from '../../src/content/translation-file.js';
import type { Course } from '../../src/content/types.js';

/** The course to bundle; with `dir`, the translation files are written there. */
export function stageTranslations(course: Course, dir: string): Course {
  const { course: bundled, files } = detachTranslations(course);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return bundled;
}
