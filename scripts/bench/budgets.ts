/** The budgets of issue 5, in the units the bench measures. */
export const KB = 1024;

/** SCORM runtimes are small; xAPI and cmi5 carry a statement client (TOOLCHAIN.md: ≈ 24–52 KB gzip). */
export function jsCssBudget(target: string): number {
  return target.startsWith('scorm') ? 60 * KB : 90 * KB;
}

export const BUILD_BUDGET_MS = 15_000;
export const FIRST_LESSON_BUDGET_MS = 1_000;
/** SCORM 1.2 RTE 3.4.2: cmi.suspend_data is CMIString4096. */
export const SUSPEND_DATA_BUDGET = 4_096;

/** Not a budget: the slow LMS of the screen-freeze figure, each commit holding the page 1 s (Moodle: 0.65–2.6 s, LMS-COMPAT 31). */
export const SLOW_COMMIT_MS = 1_000;
