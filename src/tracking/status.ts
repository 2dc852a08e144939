import type { CompletionStatus, SuccessStatus } from './tracker.js';

/** A completion/success pair as recorded by an LMS or reported by the session. */
export interface Statuses {
  completion: CompletionStatus;
  success: SuccessStatus;
}

export const UNKNOWN_STATUSES: Statuses = { completion: 'incomplete', success: 'unknown' };

// Order used to merge: a status only ever moves up (LMS-COMPAT 19: never
// downgrade completed/passed on a later launch or a later report). `failed`
// outranks `unknown` so a recorded result is not erased by a session that has
// not reached the assessment yet; `passed` outranks `failed`.
const COMPLETION_RANK: Record<CompletionStatus, number> = { incomplete: 0, completed: 1 };
const SUCCESS_RANK: Record<SuccessStatus, number> = { unknown: 0, failed: 1, passed: 2 };

export function mergeStatuses(before: Statuses, next: Statuses): Statuses {
  return {
    completion: COMPLETION_RANK[next.completion] > COMPLETION_RANK[before.completion] ? next.completion : before.completion,
    success: SUCCESS_RANK[next.success] > SUCCESS_RANK[before.success] ? next.success : before.success,
  };
}
