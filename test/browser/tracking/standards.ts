/**
 * The two SCORM adapters under test, each with the spec's expectations written
 * out by hand (not derived from the adapter's own tables), so a wrong table
 * fails the shared suites.
 */
import type { InteractionRecord, Tracker } from '../../../src/tracking/tracker.js';
import type { LmsProfile } from '../../../src/tracking/lms-profiles.js';
import { createScorm12Tracker } from '../../../src/tracking/scorm/scorm12.js';
import { createScorm2004Tracker } from '../../../src/tracking/scorm/scorm2004.js';
import { newScorm12Api, newScorm2004Api, type Api } from './lms.js';

export type Outcome = 'passed' | 'failed' | 'completed' | 'incomplete';

/** Launch data in neutral terms; each standard turns it into its cmi JSON. */
export interface LaunchData {
  learner?: { id: string; name: string };
  mode?: 'normal' | 'browse' | 'review';
  prior?: Outcome;
  location?: string;
  suspendData?: string;
  /** 0–100 */
  mastery?: number;
  language?: string;
}

export interface StandardUnderTest {
  name: string;
  apiName: 'API' | 'API_1484_11';
  create(win: Window, profile?: LmsProfile): Tracker;
  newApi(): Api;
  methods: { initialize: string; getValue: string; setValue: string; commit: string; terminate: string; getLastError: string };
  launch(data: LaunchData): Record<string, unknown>;
  el: { score: string[]; status: string[]; sessionTime: string; suspendData: string; location: string; exit: string; interactions: string; objectives: string };
  /** Stored status elements for an outcome. */
  status(outcome: Outcome): Record<string, string>;
  /** Stored score elements for a percentage. */
  score(percent: number): Record<string, string>;
  /** Stored status elements for a pass whose attestation is still to come, with an LMS profile that reports the pass at once: not yet done. */
  passedNotDone: Record<string, string>;
  /** cmi.exit once finished, with an LMS preset. */
  exitFinished(profile: LmsProfile): string;
  stateLimit: number;
  sessionTime: RegExp;
  /** Objective status children for an outcome. */
  objectiveStatus(outcome: Outcome): Record<string, string>;
  interactions: { record: InteractionRecord; expected: Record<string, string> }[];
}

const base = {
  id: 'q_greet',
  kind: 'answer' as const,
  description: 'A visitor walks up.\nWhat do you do first?',
  objectiveId: 'o_greet',
  correct: false,
  weighting: 1,
  latencyMs: 4200,
  timestamp: new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 0)),
  choices: [
    { id: 'keep_typing', text: 'Keep typing' },
    { id: 'smile', text: 'Smile and greet' },
    { id: 'point', text: 'Point at the sheet' },
  ],
};

const choice: InteractionRecord = {
  ...base,
  type: 'choice',
  learnerResponse: { type: 'choice', ids: ['point', 'keep_typing'] },
  correctResponse: { type: 'choice', ids: ['smile'] },
};
const trueFalse: InteractionRecord = {
  ...base,
  id: 'q_tf',
  type: 'true-false',
  correct: true,
  learnerResponse: { type: 'true-false', value: true },
  correctResponse: { type: 'true-false', value: true },
  choices: [],
};
const matching: InteractionRecord = {
  ...base,
  id: 'q_match',
  type: 'matching',
  learnerResponse: { type: 'matching', pairs: [['tea', 'bowl'], ['soup', 'cup']] },
  correctResponse: { type: 'matching', pairs: [['tea', 'cup'], ['soup', 'bowl']] },
  choices: [{ id: 'tea', text: 'Tea' }, { id: 'soup', text: 'Soup' }],
  targets: [{ id: 'cup', text: 'Cup' }, { id: 'bowl', text: 'Bowl' }],
};
const sequencing: InteractionRecord = {
  ...base,
  id: 'q_order',
  type: 'sequencing',
  correct: true,
  learnerResponse: { type: 'sequencing', ids: ['smile', 'point'] },
  correctResponse: { type: 'sequencing', ids: ['smile', 'point'] },
};
const performance: InteractionRecord = {
  ...base,
  id: 'q_branch',
  type: 'performance',
  learnerResponse: { type: 'performance', steps: [['s1', 'calm'], ['s2', 'shout']] },
  correctResponse: { type: 'performance', steps: [['s1', 'calm'], ['s2', 'listen']] },
};

const statuses2004: Record<Outcome, [string, string]> = {
  passed: ['completed', 'passed'],
  failed: ['completed', 'failed'],
  completed: ['completed', 'unknown'],
  incomplete: ['incomplete', 'unknown'],
};

export const scorm12: StandardUnderTest = {
  name: 'SCORM 1.2',
  apiName: 'API',
  create: createScorm12Tracker,
  newApi: newScorm12Api,
  methods: { initialize: 'LMSInitialize', getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish', getLastError: 'LMSGetLastError' },
  launch: (d) => ({
    core: {
      student_id: d.learner?.id,
      student_name: d.learner?.name,
      lesson_mode: d.mode,
      lesson_status: d.prior,
      lesson_location: d.location,
    },
    suspend_data: d.suspendData,
    student_data: { mastery_score: d.mastery === undefined ? undefined : String(d.mastery) },
    student_preference: { language: d.language },
  }),
  el: {
    score: ['cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max'],
    status: ['cmi.core.lesson_status'],
    sessionTime: 'cmi.core.session_time',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    interactions: 'cmi.interactions.',
    objectives: 'cmi.objectives.',
  },
  status: (o) => ({ 'cmi.core.lesson_status': o }),
  score: (p) => ({ 'cmi.core.score.raw': String(p), 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' }),
  // One status in 1.2, and LMSs take "passed" as done.
  passedNotDone: { 'cmi.core.lesson_status': 'incomplete' },
  // SCORM 1.2 RTE 3.4 cmi.core.exit: "" is a normal exit.
  exitFinished: () => '',
  stateLimit: 4096,
  // CMITimespan HHHH:MM:SS.SS (scorm-again may drop a zero fraction when storing).
  sessionTime: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  objectiveStatus: (o) => ({ status: o }),
  interactions: [
    {
      record: choice,
      expected: { id: 'q_greet', type: 'choice', 'objectives.0.id': 'o_greet', time: '10:00:00', 'correct_responses.0.pattern': 'b', weighting: '1', student_response: 'c,a', result: 'wrong' },
    },
    { record: trueFalse, expected: { type: 'true-false', student_response: 't', 'correct_responses.0.pattern': 't', result: 'correct' } },
    { record: matching, expected: { type: 'matching', student_response: 'a.b,b.a', 'correct_responses.0.pattern': 'a.a,b.b' } },
    { record: sequencing, expected: { type: 'sequencing', student_response: 'b,c', result: 'correct' } },
    { record: performance, expected: { type: 'performance', student_response: 's1.calm,s2.shout', 'correct_responses.0.pattern': 's1.calm,s2.listen' } },
  ],
};

export const scorm2004: StandardUnderTest = {
  name: 'SCORM 2004 4th Edition',
  apiName: 'API_1484_11',
  create: createScorm2004Tracker,
  newApi: newScorm2004Api,
  methods: { initialize: 'Initialize', getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit', terminate: 'Terminate', getLastError: 'GetLastError' },
  launch: (d) => ({
    learner_id: d.learner?.id,
    learner_name: d.learner?.name,
    mode: d.mode,
    completion_status: d.prior && statuses2004[d.prior][0],
    success_status: d.prior && statuses2004[d.prior][1],
    location: d.location,
    suspend_data: d.suspendData,
    scaled_passing_score: d.mastery === undefined ? undefined : String(d.mastery / 100),
    learner_preference: { language: d.language },
  }),
  el: {
    score: ['cmi.score.scaled', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max'],
    status: ['cmi.completion_status', 'cmi.success_status'],
    sessionTime: 'cmi.session_time',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    exit: 'cmi.exit',
    interactions: 'cmi.interactions.',
    objectives: 'cmi.objectives.',
  },
  status: (o) => ({ 'cmi.completion_status': statuses2004[o][0], 'cmi.success_status': statuses2004[o][1] }),
  score: (p) => ({ 'cmi.score.scaled': String(p / 100), 'cmi.score.raw': String(p), 'cmi.score.min': '0', 'cmi.score.max': '100' }),
  passedNotDone: { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'passed' },
  exitFinished: (profile) => profile.exitWhenFinished2004,
  stateLimit: 64_000,
  sessionTime: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/,
  objectiveStatus: (o) => ({ completion_status: statuses2004[o][0], success_status: statuses2004[o][1] }),
  interactions: [
    {
      record: choice,
      expected: {
        id: 'q_greet',
        type: 'choice',
        'objectives.0.id': 'o_greet',
        timestamp: '2026-01-05T10:00:00.00Z',
        'correct_responses.0.pattern': 'smile',
        weighting: '1',
        learner_response: 'point[,]keep_typing',
        result: 'incorrect',
        latency: 'PT4.2S',
        description: 'A visitor walks up. What do you do first?',
      },
    },
    { record: trueFalse, expected: { type: 'true-false', learner_response: 'true', 'correct_responses.0.pattern': 'true', result: 'correct' } },
    { record: matching, expected: { type: 'matching', learner_response: 'tea[.]bowl[,]soup[.]cup', 'correct_responses.0.pattern': 'tea[.]cup[,]soup[.]bowl' } },
    { record: sequencing, expected: { type: 'sequencing', learner_response: 'smile[,]point', result: 'correct' } },
    { record: performance, expected: { type: 'performance', learner_response: 's1[.]calm[,]s2[.]shout', 'correct_responses.0.pattern': 's1[.]calm[,]s2[.]listen' } },
  ],
};
