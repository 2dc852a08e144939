/**
 * Which of a course's languages to show. Pure, shared by the player (at
 * launch) and the build (`--language`), so both accept the same tags.
 */
import type { Course } from './types.js';

/** BCP 47 (RFC 5646) in its common shape: language, then optional subtags. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** "es_MX " → "es-mx": LMSs write tags loosely (case, underscores, spaces). */
function normalize(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** "es-MX" → "es": the part that says which language, whatever the region or script. */
export function primarySubtag(tag: string): string {
  return normalize(tag).split('-')[0] ?? '';
}

/** The languages the course can be shown in: its own first, then each translation's, loaded or still in its file. */
export function courseLanguages(course: Pick<Course, 'language' | 'translations' | 'translationFiles'>): string[] {
  const translated = new Set([...Object.keys(course.translations ?? {}), ...Object.keys(course.translationFiles ?? {})]);
  return [course.language, ...translated];
}

/**
 * The best of `available` for a preference: the same tag, else the same
 * primary language (es-MX → es, es → es-419); null when none fits.
 * `preference` may list several tags, best first, separated by commas — as
 * cmi5 `languagePreference` does (cmi5 11.0 Learner Preferences).
 */
export function matchLanguage(available: readonly string[], preference: string | null | undefined): string | null {
  if (!preference) return null;
  for (const wanted of preference.split(',').map(normalize).filter(Boolean)) {
    const exact = available.find((tag) => normalize(tag) === wanted);
    if (exact !== undefined) return exact;
    const primary = primarySubtag(wanted);
    const related = available.find((tag) => primarySubtag(tag) === primary);
    if (related !== undefined) return related;
  }
  return null;
}

/**
 * The language a launch shows: the learner's preference from the LMS if the
 * course has it, else the package's default (`--language`), else the course's own.
 */
export function chooseLanguage(
  course: Pick<Course, 'language' | 'translations' | 'translationFiles' | 'defaultLanguage'>,
  lmsPreference: string | null,
): string {
  const available = courseLanguages(course);
  return matchLanguage(available, lmsPreference) ?? matchLanguage(available, course.defaultLanguage) ?? course.language;
}
