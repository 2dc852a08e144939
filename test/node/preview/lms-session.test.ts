// The preview LMS's between-session rules, run against scorm-again itself:
// what a relaunch preloads decides whether an author sees resume working.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import { startSession, summarize, type CmiObject } from '../../../scripts/preview/lms-session.js';

const learner = { learnerId: 'u1', learnerName: 'Doe, Jane', mode: 'normal', masteryScore: '80' };
const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };

/** Runs one SCORM 1.2 session on preloaded data and returns what the LMS stores. */
function run12(data: CmiObject, writes: Record<string, string>): { stored: CmiObject } {
  const api = new Scorm12API(settings);
  api.loadFromJSON(data, 'cmi');
  api.LMSInitialize('');
  for (const [element, value] of Object.entries(writes)) api.LMSSetValue(element, value);
  api.LMSFinish('');
  return { stored: (api.renderCommitCMI(true) as { cmi: CmiObject }).cmi };
}

describe('preview LMS sessions', () => {
  it('first launch: ab-initio, learner data, credit and mastery score', () => {
    const start = startSession('scorm12', null, learner);
    assert.equal(start.entry, 'ab-initio');
    const api = new Scorm12API(settings);
    api.loadFromJSON(start.data, 'cmi');
    api.LMSInitialize('');
    assert.equal(api.LMSGetValue('cmi.core.student_id'), 'u1');
    assert.equal(api.LMSGetValue('cmi.core.student_name'), 'Doe, Jane');
    assert.equal(api.LMSGetValue('cmi.core.lesson_mode'), 'normal');
    assert.equal(api.LMSGetValue('cmi.core.credit'), 'credit');
    assert.equal(api.LMSGetValue('cmi.core.entry'), 'ab-initio');
    assert.equal(api.LMSGetValue('cmi.student_data.mastery_score'), '80');
  });

  it('SCORM 1.2 resumes a suspended attempt and accumulates total_time', () => {
    const first = run12(startSession('scorm12', null, learner).data, {
      'cmi.core.lesson_location': 'p3',
      'cmi.suspend_data': 'state',
      'cmi.core.exit': 'suspend',
      'cmi.core.session_time': '00:01:00',
    });
    const second = startSession('scorm12', first.stored, { ...learner, mode: 'browse' });
    assert.equal(second.resumed, true);
    const api = new Scorm12API(settings);
    api.loadFromJSON(second.data, 'cmi');
    api.LMSInitialize('');
    assert.equal(api.LMSGetValue('cmi.core.entry'), 'resume');
    assert.equal(api.LMSGetValue('cmi.core.lesson_location'), 'p3');
    assert.equal(api.LMSGetValue('cmi.suspend_data'), 'state');
    assert.equal(api.LMSGetValue('cmi.core.total_time'), '00:01:00');
    assert.equal(api.LMSGetValue('cmi.core.lesson_mode'), 'browse');
    assert.equal(api.LMSGetValue('cmi.core.credit'), 'no-credit');
    api.LMSSetValue('cmi.core.session_time', '00:02:00');
    api.LMSFinish('');
    assert.equal((api.renderCommitCMI(true) as { cmi: { core: { total_time: string } } }).cmi.core.total_time, '00:03:00');
  });

  it('SCORM 1.2 keeps the data without suspend, with entry ""', () => {
    const first = run12(startSession('scorm12', null, learner).data, { 'cmi.core.lesson_location': 'p9', 'cmi.core.exit': '' });
    const second = startSession('scorm12', first.stored, learner);
    assert.equal(second.entry, '');
    assert.equal((second.data.core as CmiObject).lesson_location, 'p9');
    assert.equal((second.data.core as CmiObject).session_time, undefined, 'session_time belongs to one session');
  });

  it('SCORM 2004 resumes only after cmi.exit = "suspend"; otherwise a new attempt', () => {
    const session = (data: CmiObject, exit: string) => {
      const api = new Scorm2004API(settings);
      api.loadFromJSON(data, 'cmi');
      api.Initialize('');
      api.SetValue('cmi.location', 'p3');
      api.SetValue('cmi.exit', exit);
      api.Terminate('');
      return (api.renderCommitCMI(true) as { cmi: CmiObject }).cmi;
    };
    const suspended = startSession('scorm2004', session(startSession('scorm2004', null, learner).data, 'suspend'), learner);
    assert.equal(suspended.entry, 'resume');
    assert.equal(suspended.data.location, 'p3');
    assert.equal(suspended.data.scaled_passing_score, '0.8');

    const ended = startSession('scorm2004', session(startSession('scorm2004', null, learner).data, 'normal'), learner);
    assert.equal(ended.entry, 'ab-initio');
    assert.equal(ended.data.location, undefined);
    assert.match(ended.note, /new attempt/);
  });

  it("hands the course the learner's language in each standard's preference element, also on a resumed attempt", () => {
    const api12 = new Scorm12API(settings);
    api12.loadFromJSON(startSession('scorm12', null, { ...learner, language: 'es' }).data, 'cmi');
    api12.LMSInitialize('');
    assert.equal(api12.LMSGetValue('cmi.student_preference.language'), 'es');

    const saved = { exit: 'suspend', location: 'p2', learner_preference: { language: 'es' } };
    const api2004 = new Scorm2004API(settings);
    api2004.loadFromJSON(startSession('scorm2004', saved, { ...learner, language: 'en' }).data, 'cmi');
    api2004.Initialize('');
    assert.equal(api2004.GetValue('cmi.learner_preference.language'), 'en', 'the current preference, not the saved one');
    assert.equal(api2004.GetValue('cmi.location'), 'p2');
  });

  it('leaves the passing score empty when neither the author nor the manifest gives one', () => {
    assert.equal((startSession('scorm12', null, { ...learner, masteryScore: ' ' }).data.student_data as CmiObject).mastery_score, '');
  });

  it('summarizes the fields an author checks first', () => {
    const rows = new Map(summarize('scorm2004', { completion_status: 'completed', suspend_data: 'abc' }));
    assert.equal(rows.get('Completion'), 'completed');
    assert.equal(rows.get('Suspend data'), '3 characters');
  });
});
