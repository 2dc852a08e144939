// Flags API calls in the preview's log: failures scorm-again reports, and the
// things scorm-again accepts but real LMSs do not (see /work/shared
// LMS-COMPAT.md and TOOLCHAIN.md). Pure, no DOM (types: call-checks.d.ts).
import { STANDARDS } from './lms-session.js';

// SCORM 1.2 RTE 3.4.4 limits; scorm-again allows 64,000 characters of suspend_data (LMS-COMPAT 7, 12, 13).
const SCORM12_RESULTS = ['correct', 'wrong', 'unanticipated', 'neutral'];

/** Value rules per standard: [element pattern, check returning a message or null]. */
const VALUE_RULES = {
  scorm12: [
    [/^cmi\.suspend_data$/, (v) => (v.length > 4096 ? `suspend_data is ${v.length} characters; SCORM 1.2 allows 4,096 and strict LMSs cut or refuse the rest` : null)],
    [/^cmi\.interactions\.\d+\.student_response$/, (v) => (v.length > 255 ? `student_response is ${v.length} characters; SCORM 1.2 allows 255` : null)],
    [
      /^cmi\.interactions\.\d+\.result$/,
      (v) => (SCORM12_RESULTS.includes(v) || /^-?\d+(\.\d+)?$/.test(v) ? null : `"${v}" is not a SCORM 1.2 result (${SCORM12_RESULTS.join(', ')}); scorm-again rewrites it, real LMSs refuse it (405)`),
    ],
  ],
  scorm2004: [],
};

/**
 * Checks one standard's calls in order; keeps the little state the rules need.
 * A call: { fn, args, ret, errorCode, errorText }.
 * Each finding: { level: 'error' | 'warning', message }.
 */
export class CallChecker {
  constructor(standardId) {
    this.standard = STANDARDS[standardId];
    this.rules = VALUE_RULES[standardId];
    this.finished = false;
    this.sessionTimeSet = false;
    this.statusSet = false;
    this.previous = null;
  }

  check(call) {
    const s = this.standard;
    const findings = [];
    const add = (level, message) => findings.push({ level, message });
    const isErrorCall = s.errorCalls.includes(call.fn);

    if (call.ret === 'false') add('error', 'returned "false"');
    if (call.errorCode !== '0' && !isErrorCall) {
      const expected = call.fn === s.getValue ? s.expectedGetErrors[call.errorCode] : undefined;
      const text = `error ${call.errorCode}${call.errorText ? `: ${call.errorText}` : ''}`;
      add(expected ? 'warning' : 'error', expected ? `${text} (${expected})` : text);
    }

    if (this.finished && !isErrorCall) {
      const write = call.fn === s.setValue || call.fn === s.commit;
      add(write ? 'error' : 'warning', `${write ? 'write' : 'call'} after ${s.terminate}: a real LMS would reject it`);
    }

    if (call.fn === s.setValue && call.ret === 'true') {
      const [element, value] = [String(call.args[0]), String(call.args[1] ?? '')];
      if (element === `cmi.${s.paths.sessionTime}`) this.sessionTimeSet = true;
      if (element === `cmi.${s.paths.status}`) this.statusSet = true;
      for (const [pattern, rule] of this.rules) {
        const message = pattern.test(element) ? rule(value) : null;
        if (message) add('warning', message);
      }
    }

    if (call.fn === s.terminate && call.ret === 'true' && !this.finished) {
      // LMS-COMPAT 3: finishing without a status is stored differently by each LMS.
      if (!this.statusSet) add('warning', `no cmi.${s.paths.status} was set this session: ${s.noStatusNote}`);
      // LMS-COMPAT 8: without session_time, total_time does not grow (2004 may store "P").
      if (!this.sessionTimeSet) add('warning', `no cmi.${s.paths.sessionTime} was set this session, so the LMS records no time`);
      if (s.commitBeforeTerminateNote && this.previous === s.commit) add('warning', s.commitBeforeTerminateNote);
      this.finished = true;
    }

    if (!isErrorCall) this.previous = call.fn;
    return findings;
  }
}
