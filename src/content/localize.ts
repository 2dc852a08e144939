/**
 * Shows a course in one of its languages. Pure: the build stages the Spanish
 * manifest title with it, the player localizes the course once at launch.
 *
 * Only text changes. Ids, order, answers and the version stay, so the session,
 * saved state, tracking and reports are the same in every language — a learner
 * can start in English and resume in Spanish.
 */
import { matchLanguage, courseLanguages } from './language.js';
import { isRecord, shapeOf, translatableKeys } from './translatable.js';
import type { CourseTranslation } from './translation.js';
import type { Course, Module, Question } from './types.js';

/**
 * The course with the texts of `language` where the course has them (module by
 * module) and `language` set to the language shown. Modules without a
 * translation keep their text and are marked with the course's language, so
 * the player can set `lang` on them. A language the course does not have gives
 * the course back unchanged. Localize the course as loaded, once.
 */
export function localizeCourse(course: Course, language: string): Course {
  const chosen = matchLanguage(courseLanguages(course), language);
  const translation = chosen === null || chosen === course.language ? undefined : course.translations?.[chosen];
  if (chosen === null || translation === undefined) return course;
  const { modules, translations, version, defaultLanguage, ...config } = course;
  return {
    ...course,
    ...(merge(config, configPart(translation)) as typeof config),
    language: chosen,
    modules: modules.map((m) => {
      const t = translation.modules[m.id];
      return t ? (merge(m, t) as Module) : markLanguage(m, course.language);
    }),
  };
}

function configPart(translation: CourseTranslation): Omit<CourseTranslation, 'modules'> {
  const { modules, ...config } = translation;
  return config;
}

/**
 * `source` with the text of `translation` laid over it, following the shapes of
 * `translatable.ts`. Anything the translation lacks keeps the source text: the
 * validator has already reported it, and a learner is better served by English
 * than by a blank.
 */
function merge(source: unknown, translation: unknown): unknown {
  switch (shapeOf(source)) {
    case 'text':
      return typeof translation === 'string' && translation.trim() !== '' ? translation : source;
    case 'keyed': {
      const byId = isRecord(translation) ? translation : {};
      return (source as { id: string }[]).map((item) => merge(item, byId[item.id]));
    }
    case 'list': {
      const list = Array.isArray(translation) ? translation : [];
      return (source as unknown[]).map((item, i) => merge(item, list[i]));
    }
    case 'record': {
      const rec = source as Record<string, unknown>;
      const t = isRecord(translation) ? translation : {};
      return { ...rec, ...Object.fromEntries(translatableKeys(rec).map((key) => [key, merge(rec[key], t[key])])) };
    }
    case 'none':
      return source;
  }
}

/** An untranslated module, marked with the language its text is in, down to what renders it: lessons and questions. */
function markLanguage(module: Module, language: string): Module {
  const mark = <Q extends Question>(q: Q): Q => ({ ...q, language });
  return {
    ...module,
    language,
    lessons: module.lessons.map((lesson) => ({
      ...lesson,
      language,
      blocks: lesson.blocks.map((b) => (b.kind === 'scenario' ? { ...b, question: mark(b.question) } : b)),
    })),
    check: module.check.map(mark),
    bank: module.bank.map(mark),
  };
}
