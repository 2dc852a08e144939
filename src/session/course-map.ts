import type { Course, Lesson, Module, Question } from '../content/types.js';

/** Lookups over a course, computed once: the session never walks the tree twice. */
export interface CourseMap {
  lessons: { module: Module; lesson: Lesson }[];
  /** Ungraded questions (knowledge checks and lesson scenarios), in course order. */
  practice: { module: Module; question: Question }[];
  /** The final assessment's bank, in course order. */
  bank: { module: Module; question: Question }[];
  question(id: string): { module: Module; question: Question } | undefined;
}

export function mapCourse(course: Course): CourseMap {
  const lessons: CourseMap['lessons'] = [];
  const practice: CourseMap['practice'] = [];
  const bank: CourseMap['bank'] = [];
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      lessons.push({ module, lesson });
      for (const block of lesson.blocks) {
        if (block.kind === 'scenario') practice.push({ module, question: block.question });
      }
    }
    for (const question of module.check) practice.push({ module, question });
    for (const question of module.bank) bank.push({ module, question });
  }
  const byId = new Map([...practice, ...bank].map((entry) => [entry.question.id, entry]));
  return { lessons, practice, bank, question: (id) => byId.get(id) };
}
