import type { Course } from '../content/types.js';

/**
 * About a minute per assessment question: reading a scenario, choosing, and
 * checking before submitting (the modules' own minutes include their checks).
 */
const MINUTES_PER_QUESTION = 1;

/** The realistic total the cover promises: every module's minutes plus the final assessment. */
export function courseMinutes(course: Course): number {
  const modules = course.modules.reduce((sum, m) => sum + m.minutes, 0);
  return modules + course.assessment.draw * MINUTES_PER_QUESTION;
}
