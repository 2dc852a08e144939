import type { ObjectiveReport, ProgressReport } from '../tracker.js';

/** Objective ids kept for the course record; module ids may not use them (src/content/validate.ts). */
export const RECORD_OBJECTIVE_IDS = ['attestation', 'course_version'] as const;

/**
 * The compliance record as SCORM objectives with fixed ids, written after the
 * modules' objectives so they keep their place in every LMS report (Moodle's
 * interactions report numbers answers by position; objectives are found by id).
 * Where the standard has objective descriptions (SCORM 2004 RTE 4.2.17) they
 * carry the values: the attestation time and certificate id, and the version.
 */
export function recordObjectives(progress: ProgressReport): ObjectiveReport[] {
  const attested = progress.attestation;
  return [
    {
      id: 'attestation',
      completion: attested ? 'completed' : 'incomplete',
      success: attested ? 'passed' : 'unknown',
      scorePercent: null,
      ...(attested ? { description: `Attested ${attested.at.toISOString()}; certificate ${attested.certificateId}` } : {}),
    },
    {
      id: 'course_version',
      completion: 'completed',
      success: 'unknown',
      scorePercent: null,
      description: `Course version ${progress.courseVersion}`,
    },
  ];
}
