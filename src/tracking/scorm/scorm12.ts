import type { Tracker } from '../tracker.js';
import type { LmsProfile } from '../lms-profiles.js';
import type { Statuses } from '../status.js';
import type { ScormDialect, StatusCodec } from './dialect.js';
import { formatCmiTime, formatCmiTimespan } from './format-time.js';
import { formatDecimal } from './format-value.js';
import { formatResponse12 } from './format-response-12.js';
import { createScormTracker } from './scorm-tracker.js';

/**
 * SCORM 1.2 as data. Citations: SCORM 1.2 Run-Time Environment (RTE) —
 * §3.3 API (functions, error codes), §3.4 data model, §3.4.2 data types.
 */

// §3.4 cmi.core.lesson_status / cmi.objectives.n.status vocabulary, read as
// completion + success. SPEC NOTE: "failed" is read as not yet complete: this
// course writes it after any failed attempt, also while attempts remain, and
// its saved state knows when the attempts are used up.
const FROM_LESSON_STATUS: Readonly<Record<string, Statuses>> = {
  passed: { completion: 'completed', success: 'passed' },
  completed: { completion: 'completed', success: 'unknown' },
  failed: { completion: 'incomplete', success: 'failed' },
  incomplete: { completion: 'incomplete', success: 'unknown' },
  browsed: { completion: 'incomplete', success: 'unknown' },
  'not attempted': { completion: 'incomplete', success: 'unknown' },
};

// One element carries both (LMS-COMPAT 2: report passed/failed yourself).
// SPEC NOTE: LMSs count "passed" as done, so it waits for completion (the
// attestation: the course asks for it before completion); until then a pass
// is written as "incomplete", with its score. "failed" is written at once.
function lessonStatus(child: string): StatusCodec {
  return {
    read: (get) => FROM_LESSON_STATUS[get(child)] ?? { completion: 'incomplete', success: 'unknown' },
    write: ({ completion, success }) => [[child, toLessonStatus(completion, success)]],
  };
}

function toLessonStatus(completion: Statuses['completion'], success: Statuses['success']): string {
  if (success === 'failed') return 'failed';
  if (completion === 'incomplete') return 'incomplete';
  return success === 'passed' ? 'passed' : 'completed';
}

export const scorm12: ScormDialect = {
  standard: 'SCORM 1.2',
  // §3.3 the LMS provides an object named "API" in a parent or opener window.
  apiName: 'API',
  methods: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
  },
  // §3.3 error codes.
  errors: {
    101: 'general',
    201: 'invalid-argument',
    202: 'not-a-container', // element cannot have children
    203: 'not-a-container', // element not an array, cannot have count
    301: 'not-initialized',
    401: 'not-implemented',
    402: 'read-only', // invalid set value, element is a keyword
    403: 'read-only',
    404: 'write-only',
    405: 'type-mismatch',
  },
  // §3.4 cmi.suspend_data CMIString4096 (LMS-COMPAT 7, 12: design for 4,096).
  stateLimit: 4096,
  // §3.4 cmi.core.lesson_location CMIString255.
  locationLimit: 255,
  reads: {
    learnerId: { element: 'cmi.core.student_id' },
    learnerName: { element: 'cmi.core.student_name' },
    // §3.4 cmi.core.lesson_mode is optional for LMSs (LMS-COMPAT 16).
    mode: { element: 'cmi.core.lesson_mode', requires: { children: 'cmi.core._children', name: 'lesson_mode' } },
    savedState: { element: 'cmi.suspend_data' },
    location: { element: 'cmi.core.lesson_location' },
    mastery: { element: 'cmi.student_data.mastery_score', requires: { children: 'cmi.student_data._children', name: 'mastery_score' } },
    language: { element: 'cmi.student_preference.language', requires: { children: 'cmi.student_preference._children', name: 'language' } },
  },
  // §3.4 cmi.core.lesson_mode vocabulary: browse, normal, review.
  modes: { browse: 'browse', normal: 'normal', review: 'review' },
  // §3.4 cmi.student_data.mastery_score: CMIDecimal 0–100, "" when the manifest has no adlcp:masteryscore.
  masteryToPercent(raw) {
    const value = raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
  },
  base: 'cmi.core.',
  status: lessonStatus('lesson_status'),
  singleStatus: true,
  // §3.4 cmi.core.score.raw/min/max, CMIDecimal in 0–100 (LMS-COMPAT 1: Moodle grades raw out of 100).
  score: (percent) => [
    ['score.raw', formatDecimal(percent, 2)],
    ['score.min', '0'],
    ['score.max', '100'],
  ],
  // §3.4 cmi.core.exit vocabulary: time-out, suspend, logout, "" (normal exit).
  exit: { element: 'cmi.core.exit', suspend: 'suspend', finished: '' },
  // §3.4 cmi.core.session_time, CMITimespan.
  sessionTime: { element: 'cmi.core.session_time', format: formatCmiTimespan },
  objectives: {
    prefix: 'cmi.objectives.',
    count: 'cmi.objectives._count',
    children: 'cmi.objectives._children',
    // §3.4.2 CMIIdentifier: up to 255 characters, no spaces.
    idLimit: 255,
    status: lessonStatus('status'),
    // §3.4 cmi.objectives.n children: id, score, status; no description.
    descriptionLimit: 0,
  },
  interactions: {
    prefix: 'cmi.interactions.',
    count: 'cmi.interactions._count',
    children: 'cmi.interactions._children',
    idLimit: 255,
    // §3.4 cmi.interactions.n children: id, objectives, time, type,
    // correct_responses, weighting, student_response, result, latency.
    // There is no description element in SCORM 1.2.
    fields: {
      id: 'id',
      type: 'type',
      objectiveId: 'objectives.0.id',
      timestamp: 'time',
      correctPattern: 'correct_responses.0.pattern',
      weighting: 'weighting',
      response: 'student_response',
      result: 'result',
      latency: 'latency',
      description: null,
    },
    // §3.4 cmi.interactions.n.type vocabulary.
    types: { 'true-false': 'true-false', choice: 'choice', matching: 'matching', sequencing: 'sequencing', performance: 'performance', 'fill-in': 'fill-in' },
    // §3.4 cmi.interactions.n.result vocabulary: correct, wrong, unanticipated, neutral (LMS-COMPAT 14).
    results: { correct: 'correct', incorrect: 'wrong' },
    descriptionLimit: 0,
    formatResponse: formatResponse12,
    formatTimestamp: formatCmiTime,
    formatLatency: formatCmiTimespan,
  },
};

/** A tracker for a SCORM 1.2 LMS; `win` is the window the course runs in. */
export function createScorm12Tracker(win: Window, profile?: LmsProfile): Tracker {
  return createScormTracker(scorm12, win, Date.now, profile);
}
