import type { LmsProfile } from '../lms-profiles.js';
import type { Statuses } from '../status.js';

/** The record choices the SCORM engine applies before writing a result. */
export interface RecordPolicy {
  /** Withhold a pass, and its score, until the course is complete (the attestation is given). */
  passWaitsForCompletion: boolean;
  failedWhileAttemptsLeft: LmsProfile['failedWhileAttemptsLeft'];
}

export function recordPolicy(profile: LmsProfile, singleStatus: boolean): RecordPolicy {
  return {
    // SCORM 1.2 has one lesson_status, and LMSs count "passed" as done, so a pass always waits there.
    passWaitsForCompletion: singleStatus || !profile.passBeforeAttestation,
    failedWhileAttemptsLeft: profile.failedWhileAttemptsLeft,
  };
}

/**
 * What the LMS may hold now: the statuses to write and the score to write
 * (null: write none, the LMS keeps what it has).
 *
 * A pass that waits for the attestation is written as no result and no
 * score. Moodle's "Mastery score overrides status" (default Yes) rewrites the
 * 1.2 lesson_status at LMSFinish from cmi.core.score.raw against the mastery
 * score (mod/scorm/datamodels/scorm_12.js, StoreData; LMS-COMPAT 30), and its
 * "Receive a passing grade" completion reads the grade: a passing score stored
 * before the attestation would make the officer passed and complete there.
 * A score below the mastery score (an earlier failed attempt) stays, and is
 * consistent with what Moodle derives from it: failed, never passed.
 */
export function recordedResult(statuses: Statuses, scorePercent: number | null, policy: RecordPolicy): { statuses: Statuses; scorePercent: number | null } {
  const open = statuses.completion === 'incomplete';
  if (open && statuses.success === 'passed' && policy.passWaitsForCompletion) {
    return { statuses: { completion: 'incomplete', success: 'unknown' }, scorePercent: null };
  }
  if (open && statuses.success === 'failed' && policy.failedWhileAttemptsLeft === 'incomplete') {
    return { statuses: { completion: 'incomplete', success: 'unknown' }, scorePercent };
  }
  return { statuses, scorePercent };
}
