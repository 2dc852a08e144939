/**
 * `--language`: the language a package starts in when the LMS names none the
 * course has. Stamped into the course as `defaultLanguage` after the version
 * is computed — it chooses among the content's languages, it is not content.
 */
import { courseLanguages, matchLanguage } from '../../src/content/language.js';
import type { Course } from '../../src/content/types.js';
import type { Problem } from '../../src/content/validate.js';

export function withDefaultLanguage(course: Course, language: string | undefined): { course: Course; problems: Problem[] } {
  if (language === undefined) return { course, problems: [] };
  const available = courseLanguages(course);
  // The same matching as at launch, so `--language es-MX` starts a course translated to `es` in Spanish.
  const chosen = matchLanguage(available, language);
  if (chosen === null || language.includes(',')) {
    const others = available.slice(1);
    return {
      course,
      problems: [
        {
          file: 'command line',
          path: '--language',
          message: `"${language}" is not a language of this course`,
          fix: `use ${available[0]} (the course's language)${others.length ? ` or a translation: ${others.join(', ')}` : ', or add a translation folder such as modules/es/'}`,
        },
      ],
    };
  }
  return { course: { ...course, defaultLanguage: chosen }, problems: [] };
}
