/**
 * The one interface between the course and whatever records it (an LMS through
 * SCORM, an LRS through xAPI/cmi5, or nothing). Everything here is
 * standard-neutral: each adapter translates these records into its own
 * standard's data model and vocabulary. Nothing outside `src/tracking/` knows
 * which standard is in use.
 */

/** cmi5 10.2.2 launchMode; SCORM 1.2 `cmi.core.lesson_mode` and 2004 `cmi.mode` map onto these. */
export const LAUNCH_MODES = ['normal', 'browse', 'review'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];

export type CompletionStatus = 'incomplete' | 'completed';
export type SuccessStatus = 'unknown' | 'passed' | 'failed';

/** What the tracker learns from the LMS at launch. */
export interface LaunchContext {
  learner: { id: string; name: string };
  mode: LaunchMode;
  /** Saved state from the previous session, or null on a first launch. */
  savedState: string | null;
  /** Bookmark from the previous session, or null. */
  location: string | null;
  /** Pass mark set by the LMS (0–100), which wins over the course's; null when the LMS sets none. */
  masteryPercent: number | null;
  /** The most characters of saved state this LMS is guaranteed to keep. */
  stateLimit: number;
  /** Statuses already recorded by earlier sessions; they are never downgraded. */
  prior: { completion: CompletionStatus; success: SuccessStatus };
  /** Learner's preferred language (BCP 47), or null. */
  language: string | null;
}

export interface ObjectiveReport {
  id: string;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** 0–100, or null when the objective has no score yet. */
  scorePercent: number | null;
  /** Text for standards whose objectives have one (SCORM 2004 `cmi.objectives.n.description`). */
  description?: string;
}

/** A full snapshot of the learner's progress; adapters write what changed. */
export interface ProgressReport {
  /** The bookmark: opaque to adapters, which store it and hand it back as `LaunchContext.location`. */
  location: string;
  /** Id of the lesson the learner has open, or null anywhere else (for xAPI `experienced`). */
  currentLesson: string | null;
  savedState: string;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** 0–100, or null while there is no score. */
  scorePercent: number | null;
  objectives: ObjectiveReport[];
  /**
   * True once the learner has nothing left to do (passed, or out of attempts):
   * the attempt may end normally. While false the LMS is asked to keep the
   * attempt open for resume.
   */
  finished: boolean;
  /** The content version this attempt is taken on (`Course.version`), for records that must say which version was taken. */
  courseVersion: string;
  /**
   * The officer's attestation, once given: when, and the id printed on their
   * certificate (`src/session/certificate-id.ts`), so a printed certificate can
   * be checked against the LMS record.
   */
  attestation: { at: Date; certificateId: string } | null;
}

/** A learner's answer in standard-neutral form; adapters format it per standard. */
export type InteractionValue =
  | { type: 'choice'; ids: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'matching'; pairs: [source: string, target: string][] }
  | { type: 'sequencing'; ids: string[] }
  /** Ordered decisions of a branching scenario: [step id, choice id]. */
  | { type: 'performance'; steps: [step: string, choice: string][] }
  /** Free text, e.g. the content version a session was launched with. */
  | { type: 'fill-in'; text: string };

export type InteractionType = InteractionValue['type'];

/**
 * What an interaction records: a learner's answer to a question, the
 * attestation, the id of the certificate it earned, or the content version a
 * new attempt starts on. The last two are not answers: standards with their
 * own place for them (xAPI's context and result extensions) skip them.
 */
export type InteractionKind = 'answer' | 'attestation' | 'certificate' | 'course-version';

export interface InteractionRecord {
  /** Unique within the course attempt; letters, digits and `_` only. */
  id: string;
  kind: InteractionKind;
  type: InteractionType;
  /** The question's prompt, for reports. */
  description: string;
  objectiveId: string;
  learnerResponse: InteractionValue;
  correctResponse: InteractionValue;
  correct: boolean;
  weighting: number;
  latencyMs: number;
  timestamp: Date;
  /**
   * Every option/target/item id the question offers, in authored order, with
   * its text. SCORM 1.2 maps ids to single characters by this order; xAPI uses
   * the texts in the activity definition.
   */
  choices: { id: string; text: string }[];
  /** For matching: the targets, in authored order. */
  targets?: { id: string; text: string }[];
  /** Language (BCP 47) of the description and choice texts, when the learner saw a translation. */
  language?: string;
  /**
   * For an assessment answer: which attempt (from 1) and which question. `id`
   * combines them, for standards that keep one interaction per answer; xAPI
   * reports the question as one activity and the attempt as context.
   */
  attempt?: { number: number; questionId: string };
}

export type TrackerNoticeKind =
  /** No LMS was found: the course works but nothing is recorded. */
  | 'not-connected'
  /** The LMS refused a write or a save: progress may not be recorded. */
  | 'not-saving'
  /** A write or save worked again after a failure. */
  | 'saving-again'
  /**
   * The LMS refused this launch's credentials or ended its session (e.g. an
   * LRS answering 401/403, a cmi5 session already terminated): nothing more
   * can be recorded until the learner reopens the course from the LMS.
   * Sticky: nothing clears it.
   */
  | 'relaunch-needed';

export interface TrackerNotice {
  kind: TrackerNoticeKind;
  /** Technical detail for the curious (error name and code), never shown alone. */
  detail: string;
}

export interface Tracker {
  /** Human name of the standard, e.g. "SCORM 1.2". */
  readonly standard: string;
  /** Connect to the LMS and read the launch context. Never rejects: falls back to an unconnected context. */
  start(): Promise<LaunchContext>;
  /** Record the current progress (nothing is sent until `save`). */
  report(progress: ProgressReport): void;
  /** Record one answered question. */
  recordInteraction(record: InteractionRecord): void;
  /** Ask the LMS to persist what has been recorded. */
  save(): Promise<void>;
  /** End the session. Only the first call has any effect; nothing is written after it. */
  finish(): Promise<void>;
  /** Listen for connection problems the learner should know about. */
  onNotice(listener: (notice: TrackerNotice) => void): void;
}
