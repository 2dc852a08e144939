/**
 * Translations of course content as the runtime applies them (localize.ts).
 * A translation is the module's tree with only the text kept, and every list
 * of things that have ids turned into an object keyed by those ids — so a
 * translation can never change an id, and tracking, saved state and reports
 * stay the same in every language.
 *
 * Translators do not write this shape: they write one entry per text in
 * `modules/<language>/*.yaml` (modules/README.md, Translations), and the
 * loader assembles this tree from those entries (translation-units.ts).
 */
import type { Id } from './ids.js';

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

/**
 * One block, in the same position as in the lesson: paragraph and tip → text; list → items; scenario → title, text,
 * question; accordion → title, sections; tabs → title, tabs; steps → title, steps (each in order).
 */
export type BlockTranslation =
  | { text: string }
  | { items: string[] }
  | { title: string; text: string; question: QuestionTranslation }
  | { title: string; sections?: PanelTranslation[]; tabs?: PanelTranslation[]; steps?: { title: string; text: string }[] };

/** An accordion section or a tab: its heading and its paragraphs and lists, in order. */
export interface PanelTranslation {
  title: string;
  blocks: BlockTranslation[];
}

export interface LessonTranslation {
  title: string;
  blocks: BlockTranslation[];
}

/** Assembled from `modules/<language>/NN-name.yaml`, which translates `modules/NN-name.md`. */
export interface ModuleTranslation {
  title: string;
  objectives: Record<Id, { text: string }>;
  lessons: Record<Id, LessonTranslation>;
  /** The summary's key points, in order. */
  summary?: string[];
  /** The job aid's title and blocks (paragraph → text, list → items), in order. */
  jobAid?: { title: string; blocks: BlockTranslation[] };
  check: Record<Id, QuestionTranslation>;
  bank: Record<Id, QuestionTranslation>;
}

/** Assembled from `modules/<language>/course.yaml`: the course-wide texts. */
export interface CourseConfigTranslation {
  title: string;
  description: string;
  /** Required when the course has an attestation. */
  attestation?: string;
  /** Required when the course names its release ("3 (diciembre de 2026)"). */
  release?: string;
  assessment: { title: string };
}

/** One language's translation as the build assembles it: the course texts plus the translated modules, by module id. */
export interface CourseTranslation extends CourseConfigTranslation {
  modules: Record<Id, ModuleTranslation>;
}
