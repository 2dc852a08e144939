/**
 * Course content as typed data: the internal model. Trainers write the course
 * in plain text (`modules/*.md`, `course.yaml`; reference in modules/README.md),
 * which scripts/lib/course-format/ reads into these shapes; the validator
 * (`validate.ts`) checks them before any package is built.
 *
 * Every tracked thing (module, lesson, objective, question, option) has a
 * permanent `id`. Ids become SCORM interaction/objective ids and xAPI IRIs,
 * so they must stay stable once a course is in use: reword text freely, but
 * never reuse or rename an id.
 */

import type { Id } from './ids.js';
import type { InteractiveBlock } from './interactive-blocks.js';
import type { SiteValues } from './site-fields.js';
import type { CourseTranslation } from './translation.js';

/** Permanent identifier: lowercase letter first, then lowercase letters, digits or `_` (ids.ts). */
export type { Id } from './ids.js';

export interface Objective {
  id: Id;
  /** What the officer will be able to do, e.g. "Greet visitors within a few seconds". */
  text: string;
}

export type { TextBlock } from './text-block.js';
import type { TextBlock } from './text-block.js';

/**
 * A picture from `modules/media/`, shipped in every package under the same
 * path. Alt text is required unless the author marks the image decorative
 * (WCAG 2.2 1.1.1 Non-text Content): then it has no `alt` and is hidden from
 * screen readers.
 */
export interface Image {
  /** Path inside the package, e.g. `media/radio.svg`. */
  src: string;
  /** What the picture shows, for those who cannot see it; absent only when `decorative`. */
  alt?: string;
  decorative?: boolean;
  caption?: string;
  /** Intrinsic size, read from the file by the build, so the page does not jump when it loads. */
  width: number;
  height: number;
}

/** One labelled point of a graphic: a numbered marker at `x`%, `y`% of the picture, and its text. */
export interface GraphicPoint {
  label: string;
  text: string;
  x: number;
  y: number;
}

/** A piece of lesson content. */
export type Block =
  | TextBlock
  | { kind: 'tip'; text: string }
  | ({ kind: 'image' } & Image)
  /** A labelled graphic: a picture with numbered markers, every point also written out as a list. */
  | { kind: 'graphic'; title: string; image: Image; points: GraphicPoint[] }
  | { kind: 'scenario'; title: string; image?: Image; text: string; question: Question }
  | InteractiveBlock;

export interface Lesson {
  id: Id;
  title: string;
  blocks: Block[];
  /** See `Module.language`. */
  language?: string;
}

/** One answer option of a choice question, with the feedback shown when it is chosen. */
export interface Option {
  id: Id;
  text: string;
  correct?: boolean;
  feedback: string;
}

interface QuestionBase {
  id: Id;
  /** Id of the learning objective this question assesses. */
  objective: Id;
  prompt: string;
  /** See `Module.language`. */
  language?: string;
}

/** One correct option. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: Option[];
}

/** One or more correct options; all of them, and no others, must be chosen. */
export interface MultipleResponseQuestion extends QuestionBase {
  type: 'multiple';
  options: Option[];
  /** Shown after answering, in addition to each chosen option's feedback. */
  feedback?: { correct: string; incorrect: string };
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
  feedback: { correct: string; incorrect: string };
}

/** Each prompt is matched with one target; `pairs` lists the correct matches. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: { id: Id; prompt: string; target: { id: Id; text: string } }[];
  feedback: { correct: string; incorrect: string };
}

/** Items listed in their correct order; the learner sees them shuffled. */
export interface SequencingQuestion extends QuestionBase {
  type: 'sequencing';
  items: { id: Id; text: string }[];
  feedback: { correct: string; incorrect: string };
}

/** A decision in a branching scenario: each choice has a consequence and may lead to another step. */
export interface BranchStep {
  id: Id;
  text: string;
  choices: { id: Id; text: string; best?: boolean; consequence: string; next?: Id }[];
}

/** Starts at `steps[0]`; correct when every decision on the learner's path was a `best` choice. */
export interface BranchingQuestion extends QuestionBase {
  type: 'branching';
  steps: BranchStep[];
  feedback: { correct: string; incorrect: string };
}

export type Question =
  | SingleChoiceQuestion
  | MultipleResponseQuestion
  | TrueFalseQuestion
  | MatchingQuestion
  | SequencingQuestion
  | BranchingQuestion;

export type QuestionType = Question['type'];

/** A block of a job aid: the lesson's paragraphs and lists, nothing interactive. */
export type JobAidBlock = TextBlock;

/** The one-page reminder an officer prints and keeps (`## Job aid: title` in the module file). */
export interface JobAid {
  title: string;
  blocks: JobAidBlock[];
}

export interface Module {
  id: Id;
  title: string;
  /** Estimated minutes to complete, shown to the learner. */
  minutes: number;
  objectives: Objective[];
  lessons: Lesson[];
  /** Key points shown at the end of the module's last lesson (`## Summary`). */
  summary?: string[];
  /** Printable one-page job aid, reached from the contents (`## Job aid: title`). */
  jobAid?: JobAid;
  /** Knowledge check at the end of the module: practice, not graded. */
  check: Question[];
  /** Questions this module contributes to the final assessment's bank. */
  bank: Question[];
  /**
   * Language of this item's text when it is not the page's: set by
   * `localizeCourse` on a module left untranslated, so it can be marked with
   * `lang` (WCAG 3.1.2). Never written by authors.
   */
  language?: string;
}

export interface AssessmentConfig {
  id: Id;
  title: string;
  /** Percentage (0–100) needed to pass. */
  passMark: number;
  /** How many questions one attempt draws from the bank. */
  draw: number;
  /** How many attempts a learner may make; 0 means unlimited. */
  attempts: number;
  /**
   * How an attempt draws: `module` (the default) takes from every module in
   * proportion to its bank; `bank` takes any questions of the whole bank.
   */
  drawBy?: DrawBy;
  /**
   * When the review shows the correct answers: `after-pass-or-last` (the
   * default) once passed or no attempt is left, `always`, or `never`. Until
   * then it shows which answers were wrong and their feedback.
   */
  showAnswers?: ShowAnswers;
  /**
   * How the questions are laid out: `auto` (the default) one per screen on
   * phones and all on one page on wide screens, `paged` one per screen with a
   * question map everywhere, `single` all on one page everywhere.
   */
  layout?: AssessmentLayout;
}

export const DRAW_BY = ['module', 'bank'] as const;
export type DrawBy = (typeof DRAW_BY)[number];
export const SHOW_ANSWERS = ['after-pass-or-last', 'always', 'never'] as const;
export type ShowAnswers = (typeof SHOW_ANSWERS)[number];
export const ASSESSMENT_LAYOUTS = ['auto', 'paged', 'single'] as const;
export type AssessmentLayout = (typeof ASSESSMENT_LAYOUTS)[number];

/** Course-wide settings, written by authors in `modules/course.yaml`. */
export interface CourseConfig {
  id: Id;
  title: string;
  description: string;
  /** BCP 47 language of the content, e.g. "en". */
  language: string;
  assessment: AssessmentConfig;
  /**
   * What the officer confirms before the course counts as complete, e.g. "I
   * understand my responsibilities…". Recorded in the LMS with its time.
   */
  attestation?: string;
  /**
   * The course's version as people name it, e.g. "3 (December 2026)": shown on
   * the certificate as "Version 3 (December 2026)", with the content hash
   * (`Course.version`) in small print.
   */
  release?: string;
}

/**
 * The firm's look, from the site file's `logo`, `brand_colour` and
 * `accent_colour` (brand.ts): the player's header and buttons take the colours,
 * the certificate shows the logo.
 */
export interface Brand {
  /** Path of the logo image inside the package, the same as inside the course folder (`media/logo.svg`). */
  logo?: string;
  /** `#rrggbb`, 4.5:1 or more against white: the header band under white text. */
  primary?: string;
  /** `#rrggbb`, 4.5:1 or more against white: buttons, links and focus rings. */
  accent?: string;
}

/** Where one language's content files are, relative to the package's launch folder. */
export interface ContentFiles {
  /** Module id → the module's lessons, summary, job aid and knowledge check. */
  modules: Record<Id, string>;
  /** The final assessment's questions, every module's. */
  bank: string;
}

/** The assembled course: config plus every module file, in file-name order. */
export interface Course extends CourseConfig {
  modules: Module[];
  /** Stamped by the build from a hash of the content (translations included); never written by authors. */
  version: string;
  /** Translations by language tag, from the `modules/<language>/` folders; absent when there are none. */
  translations?: Record<string, CourseTranslation>;
  /**
   * The firm's own names, contacts and procedures (`modules/site.yaml`, see
   * site.ts), filled into the `{placeholders}` of the text at launch; absent
   * when the course is built without a site file.
   */
  site?: SiteValues;
  /** The firm's logo and colours (`modules/site.yaml`); absent when the site file has none. */
  brand?: Brand;
  /** The cover screen's picture (`modules/media/cover.svg`, decorative), sized by the build; absent without one. */
  cover?: Image;
  /**
   * Without a `release`, the day the build names as the release (ISO date,
   * `2026-12-02`), taken from SOURCE_DATE_EPOCH so that the same sources give
   * the same packages (reproducible-builds.org); never the wall clock. Not
   * part of the version.
   */
  releaseDate?: string;
  /**
   * In a package, instead of `translations`: where each language's translation
   * file is (`translations/es.json`), loaded at launch only if that language is
   * chosen (see `translation-file.ts`).
   */
  translationFiles?: Record<string, string>;
  /**
   * In a package: the course is an outline (`chunks.ts`) and each module's
   * content and the assessment bank are files, by language, loaded when first
   * needed. Absent when the course carries all its content.
   */
  content?: Record<string, ContentFiles>;
  /**
   * The language a package starts in when the LMS names none the course has
   * (`npm run build -- --language es`). Not part of the version: an English and
   * a Spanish package of the same content report the same version.
   */
  defaultLanguage?: string;
}
