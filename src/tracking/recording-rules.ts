import type { LaunchMode } from './tracker.js';

/**
 * Only a normal launch records the learner's results (statuses, score,
 * answers): a browse or review launch shows the course and records nothing
 * of the kind. SCORM 1.2 RTE 3.4 cmi.core.lesson_mode, SCORM 2004 RTE 4.2.16
 * cmi.mode, cmi5 10.2.2 launchMode (10.2.2.0-9, -11). The one place this
 * rule lives: the session and every adapter ask here.
 */
export function recordsResults(mode: LaunchMode): boolean {
  return mode === 'normal';
}

/**
 * Formats a record for the LMS, or gives undefined when it cannot be formatted
 * (only a bug of ours can cause that): a malformed record is dropped, never
 * thrown into the course, since `Tracker.recordInteraction` must not break it.
 */
export function unlessMalformed<T>(format: () => T): T | undefined {
  try {
    return format();
  } catch {
    return undefined;
  }
}
