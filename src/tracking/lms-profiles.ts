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
   * once, or `incomplete` (success unknown) for LMSs that take a `failed`
   * status as final (they reopen the course read-only or close the
   * enrolment, so the officer could not retake). After the last attempt it
   * is always `failed`.
   */
  failedWhileAttemptsLeft: 'failed' | 'incomplete';
  /**
   * Write the score only with a final result (passed and attested, or the
   * last attempt failed), for LMSs that turn any stored score into a status
   * or a completion (Moodle's mastery override and grade completion).
   */
  scoreOnlyWithFinalResult: boolean;
  /**
   * SCORM 2004 only (1.2 has one status, so its pass always waits): report
   * `success_status = passed` as soon as the officer passes, or only once
   * they have attested, for LMSs that count a 2004 pass as done.
   */
  passBeforeAttestation: boolean;
  /** SCORM 2004 `cmi.exit` once the course is finished (RTE 4.2.8): `normal` ends the attempt, `suspend` keeps its data for a relaunch. */
  exitWhenFinished2004: 'normal' | 'suspend';
  /** Write `cmi.objectives` (one per module, plus `attestation` and `course_version`), where the LMS lists them in `_children` (LMS-COMPAT 16). */
  objectives: boolean;
}

export const LMS_PROFILES: Readonly<Record<LmsId, LmsProfile>> = {
  // Moodle mod_scorm 4.x. lib.php scorm_check_mode: once lesson_status (1.2) is
  // completed, passed or failed, the next launch opens read-only in review mode,
  // so a failed attempt with attempts left stays incomplete. scorm_12.js
  // StoreData ("Mastery score overrides status", default Yes) turns a stored raw
  // score into passed/failed at LMSFinish, and "Receive a grade" with a Grade to
  // pass completes on any grade, so the score waits for the final result.
  // custom_completion.php "Require status: Passed" reads 2004 success_status too,
  // so a 2004 pass waits for the attestation. Exit normal: Moodle reopens a
  // finished attempt in review and keeps its data.
  moodle: { id: 'moodle', name: 'Moodle', failedWhileAttemptsLeft: 'incomplete', scoreOnlyWithFinalResult: true, passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // SCORM Cloud (Rustici Engine) keeps a 1.2 failed as incomplete completion with
  // retakes allowed, and 2004 completion and success apart. Exit suspend: a
  // "Reset RunTime Data" setting would wipe a finished attempt left with normal.
  scormcloud: { id: 'scormcloud', name: 'SCORM Cloud', failedWhileAttemptsLeft: 'failed', scoreOnlyWithFinalResult: false, passBeforeAttestation: true, exitWhenFinished2004: 'suspend', objectives: true },
  // TalentLMS plays SCORM 1.2 only and completes the unit on a passed status with
  // a score; how it treats failed is undocumented, so failed waits for the last attempt.
  talentlms: { id: 'talentlms', name: 'TalentLMS', failedWhileAttemptsLeft: 'incomplete', scoreOnlyWithFinalResult: false, passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // Docebo completes a training material on what the package reports; failed
  // handling is undocumented (Adapt's spoor warns some LMSs lock out after failed).
  docebo: { id: 'docebo', name: 'Docebo', failedWhileAttemptsLeft: 'incomplete', scoreOnlyWithFinalResult: false, passBeforeAttestation: false, exitWhenFinished2004: 'suspend', objectives: true },
  // Cornerstone: "SCORM 1.2 and AICC cannot progress from an In Progress status if
  // they are failed" without its Failed-status feature (help.csod.com, Failed_Status_Online_Class).
  cornerstone: { id: 'cornerstone', name: 'Cornerstone', failedWhileAttemptsLeft: 'incomplete', scoreOnlyWithFinalResult: false, passBeforeAttestation: false, exitWhenFinished2004: 'normal', objectives: true },
  // Any other LMS: the safest choices (nothing final before it is final; data kept after finishing).
  generic: { id: 'generic', name: 'any LMS', failedWhileAttemptsLeft: 'incomplete', scoreOnlyWithFinalResult: false, passBeforeAttestation: false, exitWhenFinished2004: 'suspend', objectives: true },
};

export function isLmsId(value: string): value is LmsId {
  return (LMS_IDS as readonly string[]).includes(value);
}
