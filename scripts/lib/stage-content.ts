/**
 * Splits the course the bundle would carry into the outline and the content
 * files (src/content/chunks.ts), written beside the bundle as
 * `content/<language>/<module id>.<hash>.json` and `content/<language>/assessment.<hash>.json`
 * for the course's language and each translation's. The hash (of the file's
 * text) in the name keeps an LMS's or browser's cache from serving a file of
 * an older build. Call before `stageTranslations` (which then writes the
 * outline's translations) and `stagePackage` (whose manifest lists every file
 * staged so far: SCORM CAM 1.2 / CP `<file>` entries).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BANK_CHUNK, contentChunks, courseOutline } from '../../src/content/chunks.js';
import { courseLanguages } from '../../src/content/language.js';
import { localizeCourse } from '../../src/content/localize.js';
import type { ContentFiles, Course } from '../../src/content/types.js';

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The outline to bundle, with `content` naming the files written to `dir`. */
export function stageContent(course: Course, dir: string): Course {
  const content: Record<string, ContentFiles> = {};
  for (const language of courseLanguages(course)) {
    const files: ContentFiles = { modules: {}, bank: '' };
    for (const { key, chunk } of contentChunks(localizeCourse(course, language))) {
      const text = JSON.stringify(chunk);
      const name = key === BANK_CHUNK ? 'assessment' : key.slice('module:'.length);
      const path = `content/${language}/${name}.${hashOf(text)}.json`;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
      if (key === BANK_CHUNK) files.bank = path;
      else files.modules[name] = path;
    }
    content[language] = files;
  }
  return { ...courseOutline(course), content };
}

/**
 * Writes the outline the player starts from as `content/course.<hash>.json`
 * (the launch page preloads it beside app.js; issue 13: it grows with the
 * course, so it is data fetched in parallel, not code in the bundle).
 */
export function stageOutline(outline: Course, dir: string): { file: string; version: string } {
  const text = JSON.stringify(outline);
  const file = `content/course.${hashOf(text)}.json`;
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
  return { file, version: outline.version };
}
