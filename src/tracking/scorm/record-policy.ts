import type { LmsProfile } from '../lms-profiles.js';
import type { Statuses } from '../status.js';

/** The record choices the SCORM engine applies before writing a result. */
export interface RecordPolicy {
  /** Withhold a pass, and its score, until the course is complete (the attestation is given). */
  passWaitsForCompletion: boolean;
  failedWhileAttemptsLeft: LmsProfile['failedWhileAttemptsLeft'];
  scoreOnlyWithFinalResult: boolean;
}

export function recordPolicy(profile: LmsProfile, singleStatus: boolean): RecordPolicy {
  return {
    // SCORM 1.2 has one lesson_status, and LMSs count "passed" as done, so a pass always waits there.
    passWaitsForCompletion: singleStatus || !profile.passBeforeAttestation,
    failedWhileAttemptsLeft: profile.failedWhileAttemptsLeft,
    scoreOnlyWithFinalResult: profile.scoreOnlyWithFinalResult,
  };
}

/**
 * What the LMS may hold now: the statuses to write and the score to write
 * (null: write none, the LMS keeps what it has). A result is final once the
 * course is complete: passed and attested, or every attempt used.
 *
 * A pass that waits for the attestation is written as no result and no
 * score. Moodle's "Mastery score overrides status" (default Yes) rewrites the
 * 1.2 lesson_status at LMSFinish from cmi.core.score.raw against the mastery
 * score (mod/scorm/datamodels/scorm_12.js, StoreData; LMS-COMPAT 30), and
 * completion by grade reads any stored score: a passing score stored before
 * the attestation would make the officer passed and complete there. For such
 * LMSs (`scoreOnlyWithFinalResult`) no score is written before the final
 * result at all, since a stored score cannot be taken back.
 */
export function recordedResult(statuses: Statuses, scorePercent: number | null, policy: RecordPolicy): { statuses: Statuses; scorePercent: number | null } {
  if (statuses.completion === 'completed') return { statuses, scorePercent };
  const score = policy.scoreOnlyWithFinalResult ? null : scorePercent;
  if (statuses.success === 'passed' && policy.passWaitsForCompletion) {
    return { statuses: { completion: 'incomplete', success: 'unknown' }, scorePercent: null };
  }
  if (statuses.success === 'failed' && policy.failedWhileAttemptsLeft === 'incomplete') {
    return { statuses: { completion: 'incomplete', success: 'unknown' }, scorePercent: score };
  }
  return { statuses, scorePercent: score };
}
