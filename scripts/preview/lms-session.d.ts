// Types of lms-session.js (a plain browser module) for the Node tests.
export type StandardId = 'scorm12' | 'scorm2004';
export type CmiObject = Record<string, unknown>;

export interface Standard {
  label: string;
  global: 'API' | 'API_1484_11';
  module: string;
  className: string;
  initialize: string;
  terminate: string;
  commit: string;
  setValue: string;
  getValue: string;
  errorCalls: string[];
  paths: Record<'learnerId' | 'learnerName' | 'mode' | 'credit' | 'entry' | 'exit' | 'sessionTime' | 'passingScore' | 'status' | 'language', string>;
  noStatusNote: string;
  expectedGetErrors: Record<string, string>;
  commitBeforeTerminateNote: string | null;
  passingScore(percent: number): string;
  newAttemptUnlessSuspended: boolean;
  summary: Array<[label: string, path: string]>;
}

export interface LearnerSettings {
  learnerId: string;
  learnerName: string;
  mode: string;
  masteryScore: string;
  /** The learner's preferred language (BCP 47), "" for none. */
  language?: string;
}

export interface SessionStart {
  data: CmiObject;
  entry: string;
  resumed: boolean;
  note: string;
}

export const STANDARDS: Record<StandardId, Standard>;
export const MODES: string[];
export function getPath(object: unknown, path: string): unknown;
export function setPath(object: CmiObject, path: string, value: unknown): void;
export function startSession(standardId: StandardId, saved: CmiObject | null, learner: LearnerSettings): SessionStart;
export function summarize(standardId: StandardId, cmi: CmiObject): Array<[label: string, value: string]>;
