/**
 * Translations of course content, written by translators in
 * `modules/<language>/`. A translation is the module's tree with only the
 * text kept, and every list of things that have ids turned into an object
 * keyed by those ids — so a translation can never change an id, and tracking,
 * saved state and reports stay the same in every language.
 *
 * The rule, for whoever writes one: copy the module file, delete everything
 * that is not text (ids, `kind`, `type`, `objective`, `correct`, `best`,
 * `answer`, `next`, `minutes`), and turn `[{ id: 'a', text: … }, …]` into
 * `{ a: { text: … }, … }`. Blocks have no ids, so they stay a list, one for one.
 * `validate-translation.ts` checks the result against the module.
 */
import type { Id } from './types.js';

/** Feedback of true/false, matching, sequencing, branching and (optionally) multiple-response questions. */
export interface FeedbackTranslation {
  correct: string;
  incorrect: string;
}

/**
 * Text of one question of any type. Which fields it needs follows from the
 * question it translates (the validator says which are missing or extra), so
 * the fields are optional here rather than a union the translator cannot name.
 */
export interface QuestionTranslation {
  prompt: string;
  /** single, multiple */
  options?: Record<Id, { text: string; feedback: string }>;
  /** matching: by pair id */
  pairs?: Record<Id, { prompt: string; target: { text: string } }>;
  /** sequencing: by item id */
  items?: Record<Id, { text: string }>;
  /** branching: by step id, then choice id */
  steps?: Record<Id, { text: string; choices: Record<Id, { text: string; consequence: string }> }>;
  feedback?: FeedbackTranslation;
}

/** One block, in the same position as in the lesson: paragraph and tip → text; list → items; scenario → title, text, question. */
export type BlockTranslation =
  | { text: string }
  | { items: string[] }
  | { title: string; text: string; question: QuestionTranslation };

export interface LessonTranslation {
  title: string;
  blocks: BlockTranslation[];
}

/** `modules/<language>/NN-name.ts`: translates `modules/NN-name.ts`, completely. */
export interface ModuleTranslation {
  title: string;
  objectives: Record<Id, { text: string }>;
  lessons: Record<Id, LessonTranslation>;
  check: Record<Id, QuestionTranslation>;
  bank: Record<Id, QuestionTranslation>;
}

/** `modules/<language>/course.ts`: the course-wide texts. */
export interface CourseConfigTranslation {
  title: string;
  description: string;
  /** Required when the course has an attestation. */
  attestation?: string;
  assessment: { title: string };
}

/** One language's translation as the build assembles it: the course texts plus the translated modules, by module id. */
export interface CourseTranslation extends CourseConfigTranslation {
  modules: Record<Id, ModuleTranslation>;
}
