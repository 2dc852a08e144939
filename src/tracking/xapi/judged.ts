import type { CompletionStatus, SuccessStatus } from '../tracker.js';

/**
 * Which judged statements (passed, failed, completed) a report earns, as a
 * pure rule per profile. LMS-COMPAT 28: send them the moment they are earned,
 * not at exit, where they are often lost.
 */
export type JudgedVerb = 'passed' | 'failed' | 'completed';

export interface JudgeInput {
  /** `report` while the learner works; `finish` once, just before the session ends. */
  phase: 'report' | 'finish';
  /** Statuses after merging (never downgraded). */
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Best score 0–100, or null. */
  percent: number | null;
  /** The learner has nothing left to do (passed, or out of attempts). */
  finished: boolean;
  /** Sent earlier in this registration (progress document). */
  sentInRegistration: { completed: boolean; passed: boolean };
  /** Judged verbs already sent in this session. */
  sentInSession: readonly string[];
  /** An assessment answer was recorded in this session. */
  attempted: boolean;
}

export type Judge = (input: JudgeInput) => JudgedVerb[];

/**
 * Plain xAPI: passed and completed once per registration; failed once per
 * session in which an attempt was made and not passed; the judgement before
 * completed (score, then status: LMS-COMPAT 20).
 */
export const xapiJudge: Judge = (i) => {
  const verbs: JudgedVerb[] = [];
  if (i.percent !== null && i.success === 'passed' && !i.sentInRegistration.passed) verbs.push('passed');
  const failedHere = i.sentInSession.includes('failed') || i.sentInSession.includes('passed');
  if (i.percent !== null && i.success === 'failed' && i.attempted && !failedHere && !i.sentInRegistration.passed) verbs.push('failed');
  if (i.completion === 'completed' && !i.sentInRegistration.completed) verbs.push('completed');
  return verbs;
};
