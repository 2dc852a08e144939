// The call log, wrapped around scorm-again itself: every call reported in
// order with its error code, and what real LMSs refuse flagged even where
// scorm-again accepts it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import { instrument, type LoggedCall } from '../../../scripts/preview/call-log.js';

const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
const messages = (call: LoggedCall | undefined) => (call?.findings ?? []).map((f) => `${f.level}: ${f.message}`).join('\n');

describe('preview call log', () => {
  it('reports each SCORM 1.2 call with arguments, return value and error code', () => {
    const api = new Scorm12API(settings);
    const calls: LoggedCall[] = [];
    instrument(api, 'scorm12', (call) => calls.push(call));
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_location', 'p1');
    api.LMSSetValue('cmi.core.bogus', 'x');
    api.LMSGetLastError();
    assert.deepEqual(
      calls.map((c) => [c.seq, c.fn, c.args, c.ret, c.errorCode]),
      [
        [1, 'LMSInitialize', [''], 'true', '0'],
        [2, 'LMSSetValue', ['cmi.core.lesson_location', 'p1'], 'true', '0'],
        [3, 'LMSSetValue', ['cmi.core.bogus', 'x'], 'false', '401'],
        [4, 'LMSGetLastError', [], '401', '401'],
      ],
    );
    assert.deepEqual(calls[1]!.findings, []);
    assert.match(messages(calls[2]), /error: returned "false"\nerror: error 401: Not implemented error/i);
    assert.deepEqual(calls[3]!.findings, [], 'asking for the error is not itself an error');
    assert.deepEqual(calls.map((c) => c.errorCall), [false, false, false, true], 'the page can hide error checks');
  });

  it('flags writes after LMSFinish, which scorm-again accepts', () => {
    const api = new Scorm12API(settings);
    const calls: LoggedCall[] = [];
    instrument(api, 'scorm12', (call) => calls.push(call));
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    api.LMSSetValue('cmi.core.session_time', '00:00:10');
    api.LMSFinish('');
    assert.equal(api.LMSSetValue('cmi.core.lesson_location', 'late'), 'true');
    api.LMSCommit('');
    api.LMSGetLastError();
    assert.deepEqual(calls[3]!.findings, [], 'a clean finish');
    assert.match(messages(calls[4]), /^error: write after LMSFinish/);
    assert.match(messages(calls[5]), /write after LMSFinish/);
    assert.deepEqual(calls[6]!.findings, [], 'asking for the error after finishing is allowed');
  });

  it('flags SCORM 1.2 values beyond what strict LMSs accept', () => {
    const api = new Scorm12API(settings);
    const calls: LoggedCall[] = [];
    instrument(api, 'scorm12', (call) => calls.push(call));
    api.LMSInitialize('');
    api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097));
    api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4096));
    api.LMSSetValue('cmi.interactions.0.id', 'q1');
    api.LMSSetValue('cmi.interactions.0.student_response', 'a'.repeat(256));
    const warn = console.warn;
    console.warn = () => {}; // scorm-again announces its rewrite of "incorrect" on the console
    api.LMSSetValue('cmi.interactions.0.result', 'incorrect');
    console.warn = warn;
    api.LMSSetValue('cmi.interactions.0.result', 'wrong');
    api.LMSFinish('');
    assert.match(messages(calls[1]), /^warning: suspend_data is 4097 characters/);
    assert.equal(messages(calls[2]), '');
    assert.match(messages(calls[4]), /student_response is 256 characters/);
    assert.match(messages(calls[5]), /"incorrect" is not a SCORM 1.2 result/);
    assert.equal(messages(calls[6]), '');
    assert.match(messages(calls[7]), /no cmi.core.lesson_status was set this session: Moodle then stores "completed"/);
    assert.match(messages(calls[7]), /no cmi.core.session_time was set/);
  });

  it('SCORM 2004: reports refused writes after Terminate and Commit right before Terminate', () => {
    const api = new Scorm2004API(settings);
    const calls: LoggedCall[] = [];
    instrument(api, 'scorm2004', (call) => calls.push(call));
    api.Initialize('');
    api.SetValue('cmi.completion_status', 'incomplete');
    api.SetValue('cmi.session_time', 'PT10S');
    api.Commit('');
    api.GetLastError();
    api.Terminate('');
    api.SetValue('cmi.location', 'late');
    assert.equal(messages(calls[5]), 'warning: Commit right before Terminate: some LMSs (Cornerstone) fail this; Terminate commits anyway');
    assert.match(messages(calls[6]), /returned "false"[\s\S]*error 133[\s\S]*write after Terminate/);
  });

  it('SCORM 2004: a 403 on reading an unset value is a note, not a problem', () => {
    const api = new Scorm2004API(settings);
    const calls: LoggedCall[] = [];
    instrument(api, 'scorm2004', (call) => calls.push(call));
    api.Initialize('');
    api.GetValue('cmi.location');
    api.GetValue('cmi.nonsense');
    assert.match(messages(calls[1]), /^warning: error 403: .*first launch/);
    assert.match(messages(calls[2]), /^error: error 401/);
  });

  it('still answers the course when the panel throws', () => {
    const api = new Scorm12API(settings);
    instrument(api, 'scorm12', () => {
      throw new Error('panel bug');
    });
    const error = console.error;
    console.error = () => {};
    try {
      assert.equal(api.LMSInitialize(''), 'true');
    } finally {
      console.error = error;
    }
  });
});
