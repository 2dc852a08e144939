import type { TrackerErrorName } from '../errors.js';
import type { ScormDialect } from './dialect.js';
import type { ScormApiObject } from './find-api.js';

/** Why a call failed: an error name from the dialect's table and the LMS's code. */
export interface CallFailure {
  name: TrackerErrorName;
  code: string;
}

/**
 * The LMS's API object behind one safe surface. Never throws: an exception
 * from the LMS is a failure like any other ("never throw because the LMS did").
 */
export interface ScormConnection {
  initialize(): CallFailure | null;
  /** The value, or null when the LMS reported an error (e.g. unimplemented element). */
  read(element: string): string | null;
  write(element: string, value: string): CallFailure | null;
  commit(): CallFailure | null;
  terminate(): CallFailure | null;
}

type Outcome = { threw: true } | { threw: false; value: unknown };

// SCORM 1.2 RTE §3.3 / SCORM 2004 RTE 3.1: every function returns the string
// "true" or "false"; some LMSs return booleans.
const isTrue = (value: unknown): boolean => value === true || value === 'true';

export function connect(api: ScormApiObject, dialect: Pick<ScormDialect, 'methods' | 'errors'>): ScormConnection {
  const { methods, errors } = dialect;

  const call = (method: string, ...args: string[]): Outcome => {
    try {
      const fn = api[method];
      if (typeof fn !== 'function') return { threw: true };
      return { threw: false, value: (fn as (...a: string[]) => unknown).apply(api, args) };
    } catch {
      return { threw: true };
    }
  };

  /** GetLastError as a number; 0 when the LMS gives nothing usable. */
  const lastError = (): number => {
    const outcome = call(methods.getLastError);
    const code = outcome.threw ? NaN : parseInt(String(outcome.value), 10);
    return Number.isFinite(code) ? code : 0;
  };

  // LMS-COMPAT 21: check GetLastError after writes — some LMSs return "true"
  // and store nothing; a false return with code 0 still counts as a failure.
  const checked = (fallback: TrackerErrorName, method: string, ...args: string[]): CallFailure | null => {
    const outcome = call(method, ...args);
    if (outcome.threw) return { name: 'api-exception', code: 'thrown' };
    const code = lastError();
    if (isTrue(outcome.value) && code === 0) return null;
    return { name: code === 0 ? fallback : (errors[code] ?? 'unknown'), code: String(code) };
  };

  return {
    // SCORM 1.2 RTE §3.3 / 2004 RTE 3.1.3: the parameter is always "" (LMS-COMPAT 21).
    initialize: () => checked('initialize-failed', methods.initialize, ''),
    read(element) {
      const outcome = call(methods.getValue, element);
      if (outcome.threw) return null;
      const value = outcome.value === null || outcome.value === undefined ? '' : String(outcome.value);
      // GetValue returns "" on error (SCORM 1.2 RTE §3.3, 2004 RTE 3.1.4.1), so a
      // non-empty value is a value; only "" needs GetLastError to tell an empty
      // element from a refused one. This also ignores error codes some runtimes
      // leave over from an earlier call.
      if (value !== '') return value;
      return lastError() === 0 ? '' : null;
    },
    write: (element, value) => checked('set-failed', methods.setValue, element, value),
    commit: () => checked('commit-failed', methods.commit, ''),
    // Nothing may be called after a successful terminate, so its error code is
    // only asked for when it failed (and the session is therefore still open).
    terminate() {
      const outcome = call(methods.terminate, '');
      if (outcome.threw) return { name: 'api-exception', code: 'thrown' };
      if (isTrue(outcome.value)) return null;
      const code = lastError();
      return { name: code === 0 ? 'terminate-failed' : (errors[code] ?? 'unknown'), code: String(code) };
    },
  };
}
