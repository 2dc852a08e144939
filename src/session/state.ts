import type { Response } from '../content/response.js';
import { newSeed } from './random.js';

/** One assessment attempt: the seed fixes which questions and in what order. */
export interface AttemptState {
  seed: number;
  /**
   * Ids of the drawn questions, in the order shown. Saved, because a seed
   * over a changed bank draws other questions. Absent: drawn from the seed.
   */
  questions?: string[];
  /** Question id → answer; only questions the learner has answered. */
  answers: Map<string, Response>;
}

/** Everything the learner has done, in standard-neutral form. */
export interface SessionState {
  /** Lesson ids the learner has opened. */
  visited: Set<string>;
  /** Answers to knowledge-check and scenario questions. */
  practice: Map<string, Response>;
  attemptsUsed: number;
  /** Best assessment score so far (0–100); the reported score never goes down. */
  bestPercent: number | null;
  /** The last submitted attempt, kept for review and objective scores. */
  lastAttempt: (AttemptState & { percent: number }) | null;
  /** An attempt in progress, restored on resume. */
  current: AttemptState | null;
  /** When the learner confirmed they understood their responsibilities, or null. */
  attestedAt: Date | null;
  /** This learner's seed for the option order of knowledge-check and scenario questions (shuffle.ts). */
  shuffleSeed: number;
  /** Bank question ids drawn in submitted attempts: a retake draws others first. */
  seen: Set<string>;
}

export function emptyState(shuffleSeed: number = newSeed()): SessionState {
  return {
    visited: new Set(),
    practice: new Map(),
    attemptsUsed: 0,
    bestPercent: null,
    lastAttempt: null,
    current: null,
    attestedAt: null,
    shuffleSeed,
    seen: new Set(),
  };
}
