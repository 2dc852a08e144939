/**
 * Translations travel in a package as separate files (`translations/es.json`),
 * not inside the bundle: a learner downloads the one language they see, and
 * each translated module does not add to every learner's JavaScript. The build
 * detaches them; the player attaches the chosen one at launch. Pure, so both
 * ends share one format.
 */
import { isRecord } from './translatable.js';
import type { CourseTranslation } from './translation.js';
import type { Course } from './types.js';

/** What `translations/<language>.json` holds. */
export interface TranslationFile {
  /** The content version it belongs to: a file left from another build is not used. */
  version: string;
  language: string;
  translation: CourseTranslation;
}

export const translationPath = (language: string): string => `translations/${language}.json`;

/** The course for the bundle (translations replaced by their paths), and the files to stage beside it. */
export function detachTranslations(course: Course): { course: Course; files: { path: string; text: string }[] } {
  const { translations, ...rest } = course;
  if (!translations || Object.keys(translations).length === 0) return { course, files: [] };
  const files = Object.entries(translations).map(([language, translation]) => {
    const file: TranslationFile = { version: course.version, language, translation };
    return { path: translationPath(language), text: JSON.stringify(file) };
  });
  const translationFiles = Object.fromEntries(Object.keys(translations).map((language) => [language, translationPath(language)]));
  return { course: { ...rest, translationFiles }, files };
}

/**
 * The course with a loaded translation file attached, ready for
 * `localizeCourse`; null when the file is not this course's translation into
 * `language` (another version, another language, not a translation at all).
 */
export function attachTranslation(course: Course, language: string, data: unknown): Course | null {
  if (!isRecord(data) || data['version'] !== course.version || data['language'] !== language) return null;
  const translation = data['translation'];
  if (!isRecord(translation) || !isRecord(translation['modules'])) return null;
  return { ...course, translations: { ...course.translations, [language]: translation as unknown as CourseTranslation } };
}
