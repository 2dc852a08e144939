import type { Tracker } from '../tracker.js';
import { LMS_PROFILES, type LmsProfile } from '../lms-profiles.js';
import type { ScormDialect, StatusCodec } from './dialect.js';
import { formatIsoDuration, formatIsoTimestamp } from './format-time.js';
import { formatDecimal } from './format-value.js';
import { formatResponse2004 } from './format-response-2004.js';
import { createScormTracker } from './scorm-tracker.js';

/**
 * SCORM 2004 4th Edition as data. Citations: SCORM 2004 4th Ed. Run-Time
 * Environment (RTE) — 3.1 API (3.1.7 error codes), 4.2 data model elements.
 */

// RTE 4.2.4 cmi.completion_status and 4.2.22 cmi.success_status are separate:
// both are always written (LMS-COMPAT 3, 4: Moodle derives neither).
const twoStatuses: StatusCodec = {
  read: (get) => ({
    completion: get('completion_status') === 'completed' ? 'completed' : 'incomplete',
    success: ((s) => (s === 'passed' || s === 'failed' ? s : 'unknown'))(get('success_status')),
  }),
  write: (s) => [
    ['completion_status', s.completion],
    ['success_status', s.success],
  ],
};

export const scorm2004: ScormDialect = {
  standard: 'SCORM 2004 4th Edition',
  // RTE 3.3: the LMS provides an object named "API_1484_11" in a parent or opener window.
  apiName: 'API_1484_11',
  methods: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
  },
  // RTE 3.1.7 API implementation error codes.
  errors: {
    101: 'general',
    102: 'initialize-failed',
    103: 'initialize-failed', // already initialized
    104: 'terminated', // content instance terminated
    111: 'terminate-failed',
    112: 'not-initialized', // termination before initialization
    113: 'terminated', // termination after termination
    122: 'not-initialized', // retrieve data before initialization
    123: 'terminated',
    132: 'not-initialized', // store data before initialization
    133: 'terminated',
    142: 'not-initialized', // commit before initialization
    143: 'terminated',
    201: 'invalid-argument',
    301: 'get-failed',
    351: 'set-failed',
    391: 'commit-failed',
    401: 'not-implemented', // undefined data model element
    402: 'not-implemented', // unimplemented data model element
    403: 'no-value', // value not initialized
    404: 'read-only',
    405: 'write-only',
    406: 'type-mismatch',
    407: 'out-of-range',
    408: 'dependency',
  },
  // RTE 4.2.23 cmi.suspend_data: characterstring SPM 64,000 in the 4th edition (LMS-COMPAT 12).
  stateLimit: 64_000,
  // RTE 4.2.14 cmi.location: characterstring SPM 1,000.
  locationLimit: 1000,
  reads: {
    learnerId: { element: 'cmi.learner_id' }, // RTE 4.2.11
    learnerName: { element: 'cmi.learner_name' }, // RTE 4.2.12
    mode: { element: 'cmi.mode' }, // RTE 4.2.16
    savedState: { element: 'cmi.suspend_data' }, // RTE 4.2.23
    location: { element: 'cmi.location' }, // RTE 4.2.14
    mastery: { element: 'cmi.scaled_passing_score' }, // RTE 4.2.19
    // RTE 4.2.13 cmi.learner_preference.language.
    language: { element: 'cmi.learner_preference.language', requires: { children: 'cmi.learner_preference._children', name: 'language' } },
  },
  // RTE 4.2.16 cmi.mode vocabulary: browse, normal, review.
  modes: { browse: 'browse', normal: 'normal', review: 'review' },
  // RTE 4.2.19 cmi.scaled_passing_score: real (10,7) in −1..1, "" when none is set.
  masteryToPercent(raw) {
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(value) || value < -1 || value > 1) return null;
    return Math.max(0, Math.round(value * 100 * 10_000) / 10_000);
  },
  base: 'cmi.',
  status: twoStatuses,
  singleStatus: false,
  // RTE 4.2.20 cmi.score: scaled (−1..1) plus raw/min/max, because Moodle's
  // gradebook reads only raw out of 100 (LMS-COMPAT 1).
  score: (percent) => [
    ['score.scaled', formatDecimal(percent / 100, 7)],
    ['score.raw', formatDecimal(percent, 2)],
    ['score.min', '0'],
    ['score.max', '100'],
  ],
  // RTE 4.2.8 cmi.exit vocabulary: time-out, suspend, logout, normal, "".
  exit: { element: 'cmi.exit', suspend: 'suspend', finished: 'normal' },
  // RTE 4.2.21 cmi.session_time, timeinterval (second,10,2).
  sessionTime: { element: 'cmi.session_time', format: formatIsoDuration },
  objectives: {
    prefix: 'cmi.objectives.',
    count: 'cmi.objectives._count',
    children: 'cmi.objectives._children',
    // RTE 4.2.17 cmi.objectives.n.id: long_identifier_type, SPM 4,000.
    idLimit: 4000,
    status: twoStatuses,
    // RTE 4.2.17 cmi.objectives.n.description: localized_string_type, SPM 250.
    descriptionLimit: 250,
  },
  interactions: {
    prefix: 'cmi.interactions.',
    count: 'cmi.interactions._count',
    children: 'cmi.interactions._children',
    // RTE 4.2.9 cmi.interactions.n.id: long_identifier_type, SPM 4,000.
    idLimit: 4000,
    fields: {
      id: 'id',
      type: 'type',
      objectiveId: 'objectives.0.id',
      timestamp: 'timestamp',
      correctPattern: 'correct_responses.0.pattern',
      weighting: 'weighting',
      response: 'learner_response',
      result: 'result',
      latency: 'latency',
      description: 'description',
    },
    // RTE 4.2.9 cmi.interactions.n.type vocabulary.
    types: { 'true-false': 'true-false', choice: 'choice', matching: 'matching', sequencing: 'sequencing', performance: 'performance', 'fill-in': 'fill-in' },
    // RTE 4.2.9 cmi.interactions.n.result vocabulary: correct, incorrect, unanticipated, neutral (LMS-COMPAT 14).
    results: { correct: 'correct', incorrect: 'incorrect' },
    // RTE 4.2.9 cmi.interactions.n.description: localized_string_type, SPM 250.
    descriptionLimit: 250,
    formatResponse: formatResponse2004,
    formatTimestamp: formatIsoTimestamp,
    formatLatency: formatIsoDuration,
  },
};

/** A tracker for a SCORM 2004 4th Edition LMS; `win` is the window the course runs in. */
export function createScorm2004Tracker(win: Window, profile: LmsProfile = LMS_PROFILES.generic): Tracker {
  // The profile picks the exit once finished (RTE 4.2.8): `normal` or `suspend`.
  const dialect: ScormDialect = { ...scorm2004, exit: { ...scorm2004.exit, finished: profile.exitWhenFinished2004 } };
  return createScormTracker(dialect, win, Date.now, profile);
}
