/**
 * LMS presets (`npm run build -- --lms moodle`): the few record choices where
 * real LMSs differ, as data. Every other behaviour is the same for all LMSs.
 * The build bakes one profile into the SCORM packages; nothing else reads it.
 */
export const LMS_IDS = ['moodle', 'scormcloud', 'talentlms', 'docebo', 'cornerstone', 'generic'] as const;
export type LmsId = (typeof LMS_IDS)[number];
export const DEFAULT_LMS: LmsId = 'moodle';

export interface LmsProfile {
  id: LmsId;
  /** Name for the build summary and the README. */
  name: string;
  /**
   * What a failed attempt is recorded as while attempts remain: `failed` at
   * once, or `incomplete` (success unknown) for LMSs that treat a `failed`
   * status as final and lock the learner out of the retake. After the last
   * attempt it is always `failed`.
   */
  failedWhileAttemptsLeft: 'failed' | 'incomplete';
  /**
   * SCORM 2004 only (1.2 has one status, so its pass always waits): report
   * `success_status = passed` and the score as soon as the officer passes, or
   * only once they have attested. LMSs that show "passed" as done, or derive
   * completion from the grade, must wait.
   */
  passBeforeAttestation: boolean;
  /** SCORM 2004 `cmi.exit` once the course is finished (RTE 4.2.8): `normal` ends the attempt, `suspend` keeps it open for review. */
  exitWhenFinished2004: 'normal' | 'suspend';
  /** Write `cmi.objectives` (one per module, plus `attestation` and `course_version`); off for LMSs that mishandle them (LMS-COMPAT 16). */
  objectives: boolean;
}

export const LMS_PROFILES: Readonly<Record<LmsId, LmsProfile>> = {
  // Moodle (mod_scorm): "Mastery score overrides status" and completion by
  // grade both turn a stored score into a pass (LMS-COMPAT 30, 33), so the
  // pass and its score wait for the attestation in both versions. Moodle
  // lets a failed learner start the next attempt, so `failed` is honest.
  moodle: { id: 'moodle', name: 'Moodle', failedWhileAttemptsLeft: 'failed', passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // SCORM Cloud keeps completion and success apart (2004) and allows retakes after failed.
  scormcloud: { id: 'scormcloud', name: 'SCORM Cloud', failedWhileAttemptsLeft: 'failed', passBeforeAttestation: true, exitWhenFinished2004: 'normal', objectives: true },
  // TalentLMS marks a SCORM unit done on passed or failed, ending the retakes.
  talentlms: { id: 'talentlms', name: 'TalentLMS', failedWhileAttemptsLeft: 'incomplete', passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // Docebo completes a training material on passed/completed; failed while retakes remain would close it.
  docebo: { id: 'docebo', name: 'Docebo', failedWhileAttemptsLeft: 'incomplete', passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // Cornerstone treats failed as a final result of the registration.
  cornerstone: { id: 'cornerstone', name: 'Cornerstone', failedWhileAttemptsLeft: 'incomplete', passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // Any other LMS: the safest choices (nothing recorded as passed before the attestation).
  generic: { id: 'generic', name: 'any LMS', failedWhileAttemptsLeft: 'failed', passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
};

export function isLmsId(value: string): value is LmsId {
  return (LMS_IDS as readonly string[]).includes(value);
}
