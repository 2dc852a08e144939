import { expect } from '@open-wc/testing';
import { closeAll, open, progress } from './harness.js';
import { scorm2004 } from './standards.js';
import { trackerContract } from './tracker-contract.js';

trackerContract(scorm2004);

describe('SCORM 2004 specifics', () => {
  afterEach(closeAll);

  it('writes score.scaled with raw/min/max (LMS-COMPAT 1) and both statuses', async () => {
    const s = await open(scorm2004);
    await s.tracker.start();
    s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 87.5 }));
    const written = Object.fromEntries(s.writes());
    expect(written['cmi.score.scaled']).to.equal('0.875');
    expect(written['cmi.score.raw']).to.equal('87.5');
    expect([written['cmi.completion_status'], written['cmi.success_status']]).to.deep.equal(['completed', 'passed']);
  });

  it('writes timestamps Moodle accepts: 2 decimals, zone after the fraction (LMS-COMPAT 5)', async () => {
    const s = await open(scorm2004);
    await s.tracker.start();
    s.tracker.recordInteraction({ ...scorm2004.interactions[0]!.record, timestamp: new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 0)) });
    const written = Object.fromEntries(s.writes());
    expect(written['cmi.interactions.0.timestamp']).to.equal('2026-01-05T10:00:00.00Z');
    expect(written['cmi.interactions.0.timestamp']).not.to.equal(new Date(Date.UTC(2026, 0, 5, 10)).toISOString());
  });

  it('never writes hyphens into choice responses (LMS-COMPAT 6)', async () => {
    const s = await open(scorm2004);
    await s.tracker.start();
    const record = scorm2004.interactions[0]!.record;
    s.tracker.recordInteraction({ ...record, learnerResponse: { type: 'choice', ids: ['choice-a', 'choice b'] } });
    expect(Object.fromEntries(s.writes())['cmi.interactions.0.learner_response']).to.equal('choice_a[,]choice_b');
  });

  it('never reads an objective status before anything set it: Moodle answers 403 (LMS-COMPAT 34)', async () => {
    const s = await open(scorm2004, {}, { raw: { objectives: [{ id: 'm_incidents' }] } });
    await s.tracker.start();
    const reads = s.calls.filter((c) => c.method === 'GetValue').map((c) => String(c.args[0]));
    expect(reads).to.include('cmi.objectives.0.id');
    expect(reads.filter((e) => /^cmi\.objectives\.\d+\.(completion|success)_status$/.test(e))).to.deep.equal([]);
    s.tracker.report(progress({ objectives: [{ id: 'm_incidents', completion: 'completed', success: 'passed', scorePercent: 100 }] }));
    expect(s.stored()['cmi.objectives.0.success_status']).to.equal('passed');
  });

  it('keeps objectives the manifest or an earlier session put in place', async () => {
    // An earlier session of the course: saved state came back, so its statuses are set.
    const s = await open(scorm2004, {}, {
      raw: { suspend_data: 'v1:earlier', objectives: [{ id: 'm_incidents', success_status: 'passed', completion_status: 'completed' }] },
    });
    await s.tracker.start();
    s.tracker.report(
      progress({
        objectives: [
          { id: 'm_greeting', completion: 'completed', success: 'unknown', scorePercent: null },
          { id: 'm_incidents', completion: 'incomplete', success: 'failed', scorePercent: 10 },
        ],
      }),
    );
    const values = s.stored();
    expect(values['cmi.objectives.0.id']).to.equal('m_incidents');
    expect(values['cmi.objectives.0.success_status']).to.equal('passed');
    expect(values['cmi.objectives.0.completion_status']).to.equal('completed');
    expect(values['cmi.objectives.1.id']).to.equal('m_greeting');
    expect(s.notices).to.deep.equal([]);
  });
});
