// What the preview LMS does between sessions, per standard: the learner data it
// hands the SCO, whether a saved attempt resumes or a new one starts, and which
// stored fields an author wants to see first. Pure data and functions, no DOM,
// so Node tests can run it (types: lms-session.d.ts).

/** Per-standard names, as data: a new standard is a new entry, not new branches. */
export const STANDARDS = {
  scorm12: {
    label: 'SCORM 1.2',
    global: 'API',
    module: 'vendor/scorm12.js',
    className: 'Scorm12API',
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    commit: 'LMSCommit',
    setValue: 'LMSSetValue',
    getValue: 'LMSGetValue',
    errorCalls: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    paths: {
      learnerId: 'core.student_id',
      learnerName: 'core.student_name',
      mode: 'core.lesson_mode',
      credit: 'core.credit',
      entry: 'core.entry',
      exit: 'core.exit',
      sessionTime: 'core.session_time',
      passingScore: 'student_data.mastery_score',
      status: 'core.lesson_status',
      // SCORM 1.2 RTE 3.4.2: the learner's preferred language.
      language: 'student_preference.language',
    },
    // LMS-COMPAT 3: what Moodle stores when a SCO finishes without setting a status.
    noStatusNote: 'Moodle then stores "completed" with a grade of 0',
    // Errors a GetValue may rightly return; shown as notes, not problems.
    expectedGetErrors: {},
    commitBeforeTerminateNote: null,
    // SCORM 1.2 RTE 3.4.4: mastery_score is 0–100, as in adlcp:masteryscore.
    passingScore: (percent) => String(percent),
    // Every attempt resumes its data in 1.2; cmi.exit only decides entry.
    newAttemptUnlessSuspended: false,
    summary: [
      ['Lesson status', 'core.lesson_status'],
      ['Score (raw)', 'core.score.raw'],
      ['Location', 'core.lesson_location'],
      ['Exit', 'core.exit'],
      ['Total time', 'core.total_time'],
    ],
  },
  scorm2004: {
    label: 'SCORM 2004',
    global: 'API_1484_11',
    module: 'vendor/scorm2004.js',
    className: 'Scorm2004API',
    initialize: 'Initialize',
    terminate: 'Terminate',
    commit: 'Commit',
    setValue: 'SetValue',
    getValue: 'GetValue',
    errorCalls: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
    paths: {
      learnerId: 'learner_id',
      learnerName: 'learner_name',
      mode: 'mode',
      credit: 'credit',
      entry: 'entry',
      exit: 'exit',
      sessionTime: 'session_time',
      passingScore: 'scaled_passing_score',
      status: 'completion_status',
      // SCORM 2004 RTE 4.2.13.
      language: 'learner_preference.language',
    },
    noStatusNote: 'Moodle then stores nothing and the activity stays incomplete',
    // SCORM 2004 RTE 3.1.7.6: 403 "value not initialized", e.g. cmi.location on a first launch.
    expectedGetErrors: { 403: 'normal when nothing is stored yet, as on a first launch' },
    // LMS-COMPAT 21: Cornerstone fails a 2004 Terminate that directly follows Commit.
    commitBeforeTerminateNote: 'Commit right before Terminate: some LMSs (Cornerstone) fail this; Terminate commits anyway',
    // SCORM 2004 RTE 4.2.21: scaled_passing_score is -1..1, from imsss:minNormalizedMeasure.
    passingScore: (percent) => String(percent / 100),
    // SCORM 2004 RTE 4.2.8 (cmi.exit): only "suspend" keeps the attempt; anything else ends it.
    newAttemptUnlessSuspended: true,
    summary: [
      ['Completion', 'completion_status'],
      ['Success', 'success_status'],
      ['Score (raw)', 'score.raw'],
      ['Score (scaled)', 'score.scaled'],
      ['Location', 'location'],
      ['Exit', 'exit'],
      ['Total time', 'total_time'],
    ],
  },
};

export const MODES = ['normal', 'browse', 'review'];

/** Value at a dotted path ("core.score.raw") of nested objects, or undefined. */
export function getPath(object, path) {
  return path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), object);
}

/** Sets a dotted path, creating the objects on the way. */
export function setPath(object, path, value) {
  const keys = path.split('.');
  const last = keys.pop();
  let node = object;
  for (const key of keys) node = node[key] ??= {};
  node[last] = value;
}

/** Removes a dotted path if present. */
function deletePath(object, path) {
  const keys = path.split('.');
  const last = keys.pop();
  const parent = keys.length === 0 ? object : getPath(object, keys.join('.'));
  if (parent && typeof parent === 'object') delete parent[last];
}

/**
 * The data to preload with `api.loadFromJSON(data, 'cmi')` for a new session.
 * @param {keyof typeof STANDARDS} standardId
 * @param {object | null} saved the `cmi` object stored at the last commit, or null
 * @param {{ learnerId: string, learnerName: string, mode: string, masteryScore: string, language?: string }} learner
 * @returns {{ data: object, entry: string, resumed: boolean, note: string }}
 */
export function startSession(standardId, saved, learner) {
  const standard = STANDARDS[standardId];
  const p = standard.paths;
  const exit = saved ? String(getPath(saved, p.exit) ?? '') : '';
  let data = {};
  let note = 'First launch: a new attempt.';
  let entry = 'ab-initio';
  if (saved && standard.newAttemptUnlessSuspended && exit !== 'suspend') {
    note = `The last session ended with cmi.exit = "${exit}", so SCORM 2004 starts a new attempt and the saved data is discarded. Set cmi.exit to "suspend" to resume.`;
  } else if (saved) {
    data = structuredClone(saved);
    entry = exit === 'suspend' ? 'resume' : '';
    note =
      exit === 'suspend'
        ? 'Resuming the saved attempt (last cmi.exit was "suspend").'
        : `Relaunch with the saved data; entry is "" because the last session's exit was "${exit}", not "suspend".`;
    // Write-only, per session: the LMS keeps only the total_time it computed from them.
    deletePath(data, p.sessionTime);
    deletePath(data, p.exit);
  }
  setPath(data, p.entry, entry);
  setPath(data, p.learnerId, learner.learnerId);
  setPath(data, p.learnerName, learner.learnerName);
  setPath(data, p.mode, learner.mode);
  // The learner's profile, not the attempt's: each launch hands over the current one ("" for none).
  setPath(data, p.language, learner.language ?? '');
  // An LMS gives credit only for normal mode (1.2 RTE 3.4.4 cmi.core.credit; 2004 RTE 4.2.6).
  setPath(data, p.credit, learner.mode === 'normal' ? 'credit' : 'no-credit');
  const mastery = learner.masteryScore.trim();
  setPath(data, p.passingScore, mastery === '' ? '' : standard.passingScore(Number(mastery)));
  return { data, entry, resumed: entry === 'resume', note };
}

/** Label/value pairs an author checks first, from the stored `cmi` object. */
export function summarize(standardId, cmi) {
  const standard = STANDARDS[standardId];
  const rows = standard.summary.map(([label, path]) => [label, String(getPath(cmi, path) ?? '')]);
  const suspend = String(cmi.suspend_data ?? '');
  rows.push(['Suspend data', `${suspend.length} character${suspend.length === 1 ? '' : 's'}`]);
  return rows;
}
