import type { Standard } from './lms-host.js';

/** What each standard's data model calls things, for the assertions (SCORM 1.2 RTE 3.4; SCORM 2004 RTE 4.2). */
export const SPEC: Record<Standard, {
  scoreRaw: string; scoreMin: string; scoreMax: string; exit: string; sessionTime: string;
  location: string; commit: string; finish: string; learnerResponse: string; timeField: string;
  resultWords: string[]; sessionTimeFormat: RegExp; statusElements: string[]; mastery: (percent: number) => Record<string, unknown>;
  exitWhenFinished: string;
}> = {
  scorm12: {
    scoreRaw: 'cmi.core.score.raw', scoreMin: 'cmi.core.score.min', scoreMax: 'cmi.core.score.max',
    exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', location: 'cmi.core.lesson_location',
    commit: 'LMSCommit', finish: 'LMSFinish', learnerResponse: 'student_response', timeField: 'time',
    resultWords: ['correct', 'wrong'],
    // CMITimespan HHHH:MM:SS.SS (SCORM 1.2 RTE 3.4.2)
    sessionTimeFormat: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    statusElements: ['cmi.core.lesson_status'],
    mastery: (percent) => ({ student_data: { mastery_score: String(percent) } }),
    exitWhenFinished: '',
  },
  scorm2004: {
    scoreRaw: 'cmi.score.raw', scoreMin: 'cmi.score.min', scoreMax: 'cmi.score.max',
    exit: 'cmi.exit', sessionTime: 'cmi.session_time', location: 'cmi.location',
    commit: 'Commit', finish: 'Terminate', learnerResponse: 'learner_response', timeField: 'timestamp',
    resultWords: ['correct', 'incorrect'],
    // timeinterval (second,10,2) PT#H#M#S (SCORM 2004 RTE 4.2.21), at most 2 decimals (LMS-COMPAT 5)
    sessionTimeFormat: /^P(\d+D)?T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)$/,
    statusElements: ['cmi.completion_status', 'cmi.success_status'],
    mastery: (percent) => ({ scaled_passing_score: String(percent / 100) }),
    // The packages under test are built with the Moodle preset (src/tracking/lms-profiles.ts).
    exitWhenFinished: 'normal',
  },
};

export const STANDARDS: Standard[] = ['scorm12', 'scorm2004'];
