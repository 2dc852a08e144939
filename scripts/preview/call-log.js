// Wraps a scorm-again API object so every call the course makes is reported,
// in order, with its arguments, return value and the error code right after it.
// Wrapping (rather than scorm-again's events) also sees failed calls, which
// fire no event, and the error calls themselves.
import { CallChecker } from './call-checks.js';
import { STANDARDS } from './lms-session.js';

/** The API methods a SCO may call, per standard. */
function methodNames(standard) {
  return [standard.initialize, standard.getValue, standard.setValue, standard.commit, standard.terminate, ...standard.errorCalls];
}

/**
 * @param {object} api a Scorm12API or Scorm2004API
 * @param {'scorm12' | 'scorm2004'} standardId
 * @param {(entry: { seq: number, time: Date, fn: string, args: unknown[], ret: string,
 *   errorCode: string, errorText: string, errorCall: boolean, findings: Array<{ level: string, message: string }> }) => void} onCall
 */
export function instrument(api, standardId, onCall) {
  const standard = STANDARDS[standardId];
  const checker = new CallChecker(standardId);
  const originals = {};
  let seq = 0;
  // The unwrapped call, so describing an error does not itself appear in the log.
  const errorString = (code) => String(originals[standard.errorCalls[1]].call(api, code));

  for (const name of methodNames(standard)) {
    const original = api[name];
    originals[name] = original;
    api[name] = function (...args) {
      const ret = original.apply(api, args);
      const errorCode = String(api.lastErrorCode);
      const entry = { seq: ++seq, time: new Date(), fn: name, args, ret: String(ret), errorCode, errorText: '', errorCall: standard.errorCalls.includes(name) };
      if (errorCode !== '0') entry.errorText = errorString(errorCode);
      entry.findings = checker.check(entry);
      // The course must get its answer even if the panel fails to show it.
      try {
        onCall(entry);
      } catch (error) {
        console.error('Preview log failed:', error);
      }
      return ret;
    };
  }
}
