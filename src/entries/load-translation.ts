import { attachTranslation } from '../content/translation-file.js';
import type { Course } from '../content/types.js';

/** How long a launch waits for a translation file before showing the course in its own language. */
const WAIT_MS = 10_000;

/**
 * The course with its translation into `language` loaded from the package
 * (`translations/es.json`, beside index.html), when it is not loaded already.
 * Never throws: if the file is missing, late or from another build, the course
 * comes back as it was and runs in its own language — a missing translation
 * must not stop an officer's training.
 */
export async function loadTranslation(course: Course, language: string, win: Window): Promise<Course> {
  const path = course.translationFiles?.[language];
  if (course.translations?.[language] || path === undefined) return course;
  const abort = new AbortController();
  const timer = win.setTimeout(() => abort.abort(), WAIT_MS);
  try {
    const response = await win.fetch(new URL(path, win.document.baseURI), { signal: abort.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const attached = attachTranslation(course, language, await response.json());
    if (!attached) throw new Error(`not the translation of version ${course.version} into ${language}`);
    return attached;
  } catch (error) {
    console.warn(`frontline: ${path} not used (${error instanceof Error ? error.message : String(error)}); showing the course in ${course.language}`);
    return course;
  } finally {
    win.clearTimeout(timer);
  }
}
