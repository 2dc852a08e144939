// Types of call-log.js (a plain browser module) for the Node tests.
import type { ApiCall, Finding } from './call-checks.js';
import type { StandardId } from './lms-session.js';

export interface LoggedCall extends ApiCall {
  seq: number;
  time: Date;
  errorText: string;
  /** GetLastError, GetErrorString or GetDiagnostic (LMS… in 1.2): the page can hide these. */
  errorCall: boolean;
  findings: Finding[];
}

export function instrument(api: object, standardId: StandardId, onCall: (entry: LoggedCall) => void): void;
