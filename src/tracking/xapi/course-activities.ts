import type { Course } from '../../content/types.js';
import type { InteractionRecord } from '../tracker.js';
import type { ActivityIris } from './iri.js';
import { interactionDefinition } from './interaction.js';
import type { Activity } from './types.js';
import { ACTIVITY_TYPES } from './vocabulary.js';

/**
 * The course as xAPI activities: which module a lesson or question belongs
 * to, with names in the course's language. Built once from the course the
 * bundle carries; everything here is content, nothing is session state.
 */
export interface CourseActivities {
  lang: string;
  course: Activity;
  /** The lesson with this id, with its module; null for an id the course does not have. */
  lesson(id: string): { lesson: Activity; module: Activity } | null;
  /** The activity of an answered question and where it sits (the assessment, for an attempt's answer). */
  interaction(record: InteractionRecord): { activity: Activity; parent: Activity };
}

export function courseActivities(course: Course, iris: ActivityIris): CourseActivities {
  const lang = course.language;
  const named = (id: string, type: string, name: string, description?: string): Activity => ({
    objectType: 'Activity',
    id,
    definition: { type, name: { [lang]: name }, ...(description ? { description: { [lang]: description } } : {}) },
  });
  const courseActivity = named(iris.course, ACTIVITY_TYPES.course, course.title, course.description);
  const assessment = named(iris.assessment(course.assessment.id), ACTIVITY_TYPES.assessment, course.assessment.title);
  const lessons = new Map<string, { lesson: Activity; module: Activity }>();
  const questionModule = new Map<string, Activity>();
  for (const module of course.modules) {
    const m = named(iris.module(module.id), ACTIVITY_TYPES.module, module.title);
    for (const lesson of module.lessons) {
      lessons.set(lesson.id, { lesson: named(iris.lesson(lesson.id), ACTIVITY_TYPES.lesson, lesson.title), module: m });
      for (const block of lesson.blocks) if (block.kind === 'scenario') questionModule.set(block.question.id, m);
    }
    for (const q of [...module.check, ...module.bank]) questionModule.set(q.id, m);
  }

  return {
    lang,
    course: courseActivity,
    lesson: (id) => lessons.get(id) ?? null,
    interaction(record) {
      // In xAPI a question is one activity whatever the attempt; the attempt goes in the context.
      const questionId = record.attempt?.questionId ?? record.id;
      const activity: Activity = {
        objectType: 'Activity',
        id: iris.interaction(questionId),
        // The texts are what the learner saw: a translation carries its own language (xAPI 1.0.3 §4.1.7 Language Map).
        definition: interactionDefinition(record, record.language ?? lang, ACTIVITY_TYPES.interaction),
      };
      const parent = record.attempt ? assessment : (questionModule.get(questionId) ?? courseActivity);
      return { activity, parent };
    },
  };
}
