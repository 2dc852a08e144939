/**
 * The tracker contract, written once and run against every SCORM adapter
 * (ARCHITECTURE: "a typed tracker contract, tested once for all adapters").
 */
import { expect } from '@open-wc/testing';
import { closeAll, open, pick, progress } from './harness.js';
import type { StandardUnderTest } from './standards.js';
import { LMS_PROFILES } from '../../../src/tracking/lms-profiles.js';

export function trackerContract(std: StandardUnderTest): void {
  const m = std.methods;

  describe(`${std.name}: tracker contract`, () => {
    afterEach(closeAll);

    it('calls nothing before start, then Initialize("") first and once', async () => {
      const s = await open(std);
      s.tracker.report(progress());
      await s.tracker.save();
      expect(s.calls).to.have.length(0);
      await Promise.all([s.tracker.start(), s.tracker.start()]);
      expect(s.calls[0]).to.deep.equal({ method: m.initialize, args: [''] });
      expect(s.calls.filter((c) => c.method === m.initialize)).to.have.length(1);
    });

    it('reads the launch context', async () => {
      const s = await open(std, {
        learner: { id: 'u42', name: 'Doe, Jane' },
        location: 'lesson:incidents',
        suspendData: 'v1:resume-me',
        mastery: 80,
        language: 'fr-CA',
      });
      const ctx = await s.tracker.start();
      expect(ctx).to.deep.equal({
        learner: { id: 'u42', name: 'Doe, Jane' },
        mode: 'normal',
        savedState: 'v1:resume-me',
        location: 'lesson:incidents',
        masteryPercent: 80,
        stateLimit: std.stateLimit,
        prior: { completion: 'incomplete', success: 'unknown' },
        language: 'fr-CA',
      });
      expect(s.notices).to.deep.equal([]);
    });

    it('gives nulls on a first launch with no pass mark or language', async () => {
      const ctx = await (await open(std)).tracker.start();
      expect([ctx.savedState, ctx.location, ctx.masteryPercent, ctx.language]).to.deep.equal([null, null, null, null]);
    });

    for (const mode of ['browse', 'review'] as const) {
      it(`reads ${mode} mode and records no result in it`, async () => {
        const s = await open(std, { mode });
        expect((await s.tracker.start()).mode).to.equal(mode);
        s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 90 }));
        s.tracker.recordInteraction(std.interactions[0]!.record);
        await s.tracker.save();
        const written = s.writes().map(([element]) => element);
        for (const element of [...std.el.status, ...std.el.score]) expect(written).not.to.include(element);
        expect(written.some((e) => e.startsWith(std.el.interactions))).to.equal(false);
      });
    }

    it("sets exit to suspend right after initialising, and once finished to the LMS preset's exit", async () => {
      for (const profile of [LMS_PROFILES.moodle, LMS_PROFILES.generic]) {
        const s = await open(std, {}, { profile });
        await s.tracker.start();
        expect(s.writes()[0]).to.deep.equal([std.el.exit, 'suspend']);
        s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 100, finished: true }));
        expect(s.stored()[std.el.exit]).to.equal(std.exitFinished(profile));
        closeAll();
      }
    });

    it('writes score, then status, then session time, then commits', async () => {
      const s = await open(std);
      await s.tracker.start();
      const from = s.calls.length;
      s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 85 }));
      await s.tracker.save();
      const calls = s.calls.slice(from).filter((c) => c.method !== m.getLastError);
      const at = (element: string) => calls.findIndex((c) => c.method === m.setValue && c.args[0] === element);
      const firstScore = Math.min(...std.el.score.map(at));
      const lastScore = Math.max(...std.el.score.map(at));
      const firstStatus = Math.min(...std.el.status.map(at));
      const commit = calls.findIndex((c) => c.method === m.commit);
      expect(firstScore).to.be.at.least(0);
      expect(lastScore).to.be.below(firstStatus);
      expect(Math.max(...std.el.status.map(at))).to.be.below(at(std.el.sessionTime));
      expect(at(std.el.sessionTime)).to.equal(commit - 1);
      expect(calls[commit]!.args).to.deep.equal(['']);
      expect(commit).to.equal(calls.length - 1);
    });

    it('a retake sends its new score, then the status again, then the time, in one commit (LMS-COMPAT 20)', async () => {
      const s = await open(std);
      await s.tracker.start();
      s.tracker.report(progress({ completion: 'completed', success: 'failed', scorePercent: 40 }));
      await s.tracker.save();
      const from = s.calls.length;
      s.tracker.report(progress({ completion: 'completed', success: 'failed', scorePercent: 60 }));
      await s.tracker.save();
      const calls = s.calls.slice(from).filter((c) => c.method !== m.getLastError);
      const at = (element: string) => calls.findIndex((c) => c.method === m.setValue && c.args[0] === element);
      const score = at(std.el.score.find((e) => e.endsWith('.raw'))!);
      const status = Math.max(...std.el.status.map(at));
      const commit = calls.findIndex((c) => c.method === m.commit);
      expect(score).to.be.at.least(0);
      expect(status, 'the unchanged failed status is sent again').to.be.greaterThan(score);
      expect(at(std.el.sessionTime)).to.be.greaterThan(status);
      expect(commit).to.be.greaterThan(at(std.el.sessionTime));
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('failed'));
    });

    it('records pass, fail and no assessment', async () => {
      const cases = [
        { report: progress({ completion: 'completed', success: 'passed', scorePercent: 90 }), status: std.status('passed'), score: std.score(90) },
        { report: progress({ completion: 'completed', success: 'failed', scorePercent: 40 }), status: std.status('failed'), score: std.score(40) },
        { report: progress({ completion: 'completed', success: 'unknown', scorePercent: null }), status: std.status('completed'), score: null },
      ];
      for (const c of cases) {
        const s = await open(std);
        await s.tracker.start();
        s.tracker.report(c.report);
        await s.tracker.save();
        const values = s.stored();
        expect(pick(values, std.el.status)).to.deep.equal(c.status);
        if (c.score) expect(pick(values, std.el.score)).to.deep.equal(c.score);
        else expect(s.writes().map(([e]) => e)).not.to.include(std.el.score[0]);
      }
    });

    it('a pass still awaiting the attestation is recorded as no result and no score (Moodle and the generic preset)', async () => {
      for (const profile of [undefined, LMS_PROFILES.moodle]) {
        const s = await open(std, {}, { profile });
        await s.tracker.start();
        s.tracker.report(progress({ completion: 'incomplete', success: 'passed', scorePercent: 90 }));
        await s.tracker.save();
        expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('incomplete'));
        expect(s.writes().map(([e]) => e)).not.to.include(std.el.score[0]);
        closeAll();
      }
    });

    it('an LMS preset that reports a pass before the attestation gets the pass and its score, never completion', async () => {
      const s = await open(std, {}, { profile: LMS_PROFILES.scormcloud });
      await s.tracker.start();
      s.tracker.report(progress({ completion: 'incomplete', success: 'passed', scorePercent: 90 }));
      await s.tracker.save();
      // SCORM 1.2 has one status that LMSs read as done, so its pass waits whatever the preset.
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.el.status.length === 1 ? std.status('incomplete') : std.passedNotDone);
      if (std.el.status.length > 1) expect(pick(s.stored(), std.el.score)).to.deep.equal(std.score(90));
    });

    it('a failed attempt with attempts left is incomplete, with its score, for an LMS that locks failed learners out', async () => {
      const s = await open(std, {}, { profile: LMS_PROFILES.cornerstone });
      await s.tracker.start();
      s.tracker.report(progress({ completion: 'incomplete', success: 'failed', scorePercent: 40 }));
      await s.tracker.save();
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('incomplete'));
      expect(pick(s.stored(), std.el.score)).to.deep.equal(std.score(40));
      s.tracker.report(progress({ completion: 'completed', success: 'failed', scorePercent: 40, finished: true }));
      await s.tracker.save();
      expect(pick(s.stored(), std.el.status), 'after the last attempt').to.deep.equal(std.status('failed'));
    });

    it('records the attestation and the course version as objectives with fixed ids after the modules', async () => {
      const s = await open(std);
      await s.tracker.start();
      const modules = [{ id: 'greeting', completion: 'completed' as const, success: 'unknown' as const, scorePercent: null }];
      s.tracker.report(progress({ objectives: modules }));
      const at = new Date(Date.UTC(2026, 11, 2, 10, 30));
      s.tracker.report(progress({ objectives: modules, completion: 'completed', success: 'passed', scorePercent: 90, finished: true, attestation: { at, certificateId: 'FL-0000-1111-2222' } }));
      await s.tracker.save();
      const values = s.stored();
      const ids = [0, 1, 2].map((n) => values[`${std.el.objectives}${n}.id`]);
      expect(ids).to.deep.equal(['greeting', 'attestation', 'course_version']);
      const attestation = `${std.el.objectives}1.`;
      if (std.el.status.length === 1) {
        expect(values[`${attestation}status`]).to.equal('passed');
      } else {
        expect(pick(values, [`${attestation}completion_status`, `${attestation}success_status`])).to.deep.equal({ [`${attestation}completion_status`]: 'completed', [`${attestation}success_status`]: 'passed' });
        expect(values[`${attestation}description`]).to.contain('FL-0000-1111-2222').and.contain('2026-12-02T10:30');
        expect(values[`${std.el.objectives}2.description`]).to.contain('0123456789ab');
      }
    });

    it('writes no objectives for an LMS preset that has them off', async () => {
      const s = await open(std, {}, { profile: { ...LMS_PROFILES.generic, objectives: false } });
      await s.tracker.start();
      s.tracker.report(progress({ objectives: [{ id: 'greeting', completion: 'completed', success: 'unknown', scorePercent: null }] }));
      await s.tracker.save();
      expect(s.writes().map(([e]) => e).filter((e) => e.startsWith(std.el.objectives))).to.deep.equal([]);
    });

    it('starts a first launch as incomplete, so finishing early is never "completed"', async () => {
      const s = await open(std);
      await s.tracker.start();
      await s.tracker.finish();
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('incomplete'));
    });

    it('reads the LMS pass mark and writes the result the session decided', async () => {
      for (const [score, outcome] of [[85, 'passed'], [75, 'failed']] as const) {
        const s = await open(std, { mastery: 80 });
        expect((await s.tracker.start()).masteryPercent).to.equal(80);
        s.tracker.report(progress({ completion: 'completed', success: outcome, scorePercent: score }));
        await s.tracker.save();
        expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status(outcome));
      }
    });

    it('never downgrades a status from an earlier launch or an earlier report', async () => {
      const s = await open(std, { prior: 'passed' });
      expect((await s.tracker.start()).prior).to.deep.equal({ completion: 'completed', success: 'passed' });
      s.tracker.report(progress({ completion: 'incomplete', success: 'failed', scorePercent: 20 }));
      await s.tracker.save();
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('passed'));

      const t = await open(std);
      await t.tracker.start();
      t.tracker.report(progress({ completion: 'completed' }));
      t.tracker.report(progress({ completion: 'incomplete' }));
      expect(pick(t.stored(), std.el.status)).to.deep.equal(std.status('completed'));
    });

    it('writes only what changed since the last write', async () => {
      const s = await open(std);
      await s.tracker.start();
      s.tracker.report(progress({ scorePercent: 50 }));
      const before = s.writes().length;
      s.tracker.report(progress({ scorePercent: 50 }));
      expect(s.writes().length).to.equal(before);
      s.tracker.report(progress({ scorePercent: 50, location: 'lesson:next' }));
      expect(s.writes().slice(before)).to.deep.equal([[std.el.location, 'lesson:next']]);
    });

    it('round-trips location, saved state, statuses and interactions through the LMS', async () => {
      const first = await open(std);
      await first.tracker.start();
      first.tracker.report(progress({ location: 'lesson:3', savedState: 'v1:' + 'x'.repeat(200), completion: 'completed', success: 'passed', scorePercent: 60 }));
      first.tracker.recordInteraction(std.interactions[0]!.record);
      await first.tracker.save();
      await first.tracker.finish();
      const kept = first.api.renderCommitCMI(true) as Record<string, unknown>;

      const second = await open(std, {}, { raw: kept });
      const ctx = await second.tracker.start();
      expect([ctx.location, ctx.savedState]).to.deep.equal(['lesson:3', 'v1:' + 'x'.repeat(200)]);
      expect(ctx.prior).to.deep.equal({ completion: 'completed', success: 'passed' });
      // New interactions append after the stored ones (interactions._count).
      second.tracker.recordInteraction({ ...std.interactions[0]!.record, id: 'q_again' });
      expect(second.stored()[`${std.el.interactions}1.id`]).to.equal('q_again');
      expect(second.stored()[`${std.el.interactions}0.id`]).to.equal(std.interactions[0]!.record.id);
    });

    it('writes interactions in the standard\'s formats, id first', async () => {
      const s = await open(std);
      await s.tracker.start();
      std.interactions.forEach((c) => s.tracker.recordInteraction(c.record));
      await s.tracker.save();
      expect(s.notices).to.deep.equal([]);
      // What was sent (scorm-again normalises some values, e.g. 1.2 "incorrect" to "wrong") …
      const written = Object.fromEntries(s.writes());
      // … and what the runtime accepted and would store.
      const values = s.stored();
      std.interactions.forEach((c, n) => {
        const prefix = `${std.el.interactions}${n}.`;
        for (const source of [written, values]) {
          const actual = Object.fromEntries(Object.keys(c.expected).map((k) => [k, source[prefix + k]]));
          expect(actual, c.record.type).to.deep.equal(c.expected);
        }
      });
      const firstWrite = s.writes().find(([e]) => e.startsWith(`${std.el.interactions}0.`));
      expect(firstWrite?.[0]).to.equal(`${std.el.interactions}0.id`);
    });

    it('writes one objective per module with its status and score', async () => {
      const s = await open(std);
      await s.tracker.start();
      s.tracker.report(
        progress({
          objectives: [
            { id: 'm_greeting', completion: 'completed', success: 'passed', scorePercent: 100 },
            { id: 'm_incidents', completion: 'incomplete', success: 'unknown', scorePercent: null },
          ],
        }),
      );
      const values = s.stored();
      const objective = (n: number, children: Record<string, string>) =>
        Object.fromEntries(Object.keys(children).map((k) => [k, values[`${std.el.objectives}${n}.${k}`]]));
      expect(values[`${std.el.objectives}0.id`]).to.equal('m_greeting');
      expect(values[`${std.el.objectives}1.id`]).to.equal('m_incidents');
      expect(objective(0, std.objectiveStatus('passed'))).to.deep.equal(std.objectiveStatus('passed'));
      expect(objective(1, std.objectiveStatus('incomplete'))).to.deep.equal(std.objectiveStatus('incomplete'));
      expect(values[`${std.el.objectives}0.score.raw`]).to.equal('100');
    });

    it('finishes once: session time, then terminate, then no call of any kind', async () => {
      const s = await open(std);
      await s.tracker.start();
      s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 100 }));
      await s.tracker.finish();
      const terminate = s.calls.findIndex((c) => c.method === m.terminate);
      expect(s.calls[terminate]!.args).to.deep.equal(['']);
      const before = s.calls.slice(0, terminate).filter((c) => c.method !== m.getLastError);
      expect(before.at(-1)!.args[0]).to.equal(std.el.sessionTime);
      expect(s.stored()[std.el.sessionTime]).to.match(std.sessionTime);
      // LMS-COMPAT 21: no Commit right before Terminate.
      expect(before.at(-2)?.method).not.to.equal(m.commit);

      const after = s.calls.length;
      await s.tracker.finish();
      s.tracker.report(progress({ location: 'after' }));
      s.tracker.recordInteraction(std.interactions[0]!.record);
      await s.tracker.save();
      await s.tracker.start();
      expect(s.calls.slice(after)).to.deep.equal([]);
      expect(s.calls.filter((c) => c.method === m.terminate)).to.have.length(1);
    });

    it('never opens a session when finished before starting', async () => {
      const s = await open(std);
      await s.tracker.finish();
      const ctx = await s.tracker.start();
      expect(ctx.mode).to.equal('normal');
      expect(s.calls).to.deep.equal([]);
    });

    it(`never writes saved state over ${std.stateLimit} characters, says so, and keeps score and status`, async () => {
      const s = await open(std);
      await s.tracker.start();
      s.tracker.report(progress({ savedState: 'x'.repeat(std.stateLimit + 1), completion: 'completed', success: 'passed', scorePercent: 90 }));
      await s.tracker.save();
      expect(s.writes().map(([e]) => e)).not.to.include(std.el.suspendData);
      expect(s.notices).to.have.length(1);
      expect(s.notices[0]!.kind).to.equal('not-saving');
      expect(s.notices[0]!.detail).to.match(/^state-too-long \(/);
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('passed'));
      expect(pick(s.stored(), std.el.score)).to.deep.equal(std.score(90));

      s.tracker.report(progress({ savedState: 'x'.repeat(std.stateLimit), completion: 'completed', success: 'passed', scorePercent: 90 }));
      await s.tracker.save();
      expect(s.stored()[std.el.suspendData]).to.have.length(std.stateLimit);
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
    });
  });
}
