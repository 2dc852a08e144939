import { expect } from '@open-wc/testing';
import { closeAll, open, progress } from './harness.js';
import { tamper } from './lms.js';
import { scorm12 } from './standards.js';
import { trackerContract } from './tracker-contract.js';

trackerContract(scorm12);

describe('SCORM 1.2 specifics', () => {
  afterEach(closeAll);

  it('treats an LMS without lesson_mode as normal (LMS-COMPAT 16)', async () => {
    const s = await open(scorm12, { mode: 'review' }, {
      before: (api) =>
        tamper(api, 'LMSGetValue', (original, element) =>
          element === 'cmi.core._children' ? 'student_id,student_name,lesson_location,lesson_status,score,exit,session_time' : original(element),
        ),
    });
    expect((await s.tracker.start()).mode).to.equal('normal');
    expect(s.calls.some((c) => c.args[0] === 'cmi.core.lesson_mode')).to.equal(false);
  });

  it('writes no interactions or objectives when the LMS does not implement them', async () => {
    const s = await open(scorm12, {}, {
      before: (api) =>
        tamper(api, 'LMSGetValue', (original, element) => (element === 'cmi.interactions._children' || element === 'cmi.objectives._children' ? '' : original(element))),
    });
    await s.tracker.start();
    s.tracker.report(progress({ objectives: [{ id: 'm1', completion: 'completed', success: 'passed', scorePercent: 100 }] }));
    s.tracker.recordInteraction(scorm12.interactions[0]!.record);
    expect(s.writes().some(([e]) => e.startsWith('cmi.interactions.') || e.startsWith('cmi.objectives.'))).to.equal(false);
    expect(s.notices).to.deep.equal([]);
  });

  it('writes choice responses as single characters and no description', async () => {
    const s = await open(scorm12);
    await s.tracker.start();
    s.tracker.recordInteraction(scorm12.interactions[0]!.record);
    const written = Object.fromEntries(s.writes());
    expect(written['cmi.interactions.0.student_response']).to.match(/^[0-9a-z](,[0-9a-z])*$/);
    expect(written['cmi.interactions.0.latency']).to.equal('00:00:04.20');
    expect(Object.keys(written).some((e) => e.endsWith('.description'))).to.equal(false);
  });

  it('leaves cmi.core.exit empty on a normal finish', async () => {
    const s = await open(scorm12);
    await s.tracker.start();
    s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 100, finished: true }));
    expect(s.writes().filter(([e]) => e === 'cmi.core.exit')).to.deep.equal([['cmi.core.exit', 'suspend'], ['cmi.core.exit', '']]);
  });
});
