// Types of call-checks.js (a plain browser module) for the Node tests.
import type { StandardId } from './lms-session.js';

export interface ApiCall {
  fn: string;
  args: unknown[];
  ret: string;
  errorCode: string;
  errorText?: string;
}

export interface Finding {
  level: 'error' | 'warning';
  message: string;
}

export class CallChecker {
  constructor(standardId: StandardId);
  finished: boolean;
  check(call: ApiCall): Finding[];
}
