/**
 * What an unreliable LMS does to the tracker: no API, a refused Initialize,
 * refused writes and commits, methods that throw. The runtime is the real one;
 * only the fault itself is injected, by wrapping the one method concerned.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closeAll, open, pick, progress } from './harness.js';
import { courseFrame, lastErrorOnce, noticesOf, tamper } from './lms.js';
import { scorm12, scorm2004, type StandardUnderTest } from './standards.js';
import { expectedUnconnectedLaunch } from '../../support/unconnected-launch.js';

const cases: { std: StandardUnderTest; alreadyInitialized: string; typeMismatch: string; commitFailed: string; generalCode: string }[] = [
  // SCORM 1.2 RTE §3.3: 101 general exception (LMSInitialize twice), 405 incorrect data type.
  { std: scorm12, alreadyInitialized: 'general (101)', typeMismatch: 'type-mismatch (405)', commitFailed: 'general (101)', generalCode: '101' },
  // SCORM 2004 RTE 3.1.7: 103 already initialized, 406 type mismatch, 391 general commit failure, 351 general set failure.
  { std: scorm2004, alreadyInitialized: 'initialize-failed (103)', typeMismatch: 'type-mismatch (406)', commitFailed: 'commit-failed (391)', generalCode: '351' },
];

for (const { std, alreadyInitialized, typeMismatch, commitFailed, generalCode } of cases) {
  const m = std.methods;
  const commitCode = commitFailed.match(/\((\d+)\)/)![1]!;

  describe(`${std.name}: faults`, () => {
    afterEach(closeAll);

    it('without any API: an unconnected context, one notice, and harmless no-ops', async () => {
      const frame = await courseFrame();
      try {
        const tracker = std.create(frame.contentWindow!);
        const notices = noticesOf(tracker);
        const ctx = await tracker.start();
        expect(ctx).to.deep.equal(expectedUnconnectedLaunch(std.stateLimit));
        expect(notices.map((n) => n.kind)).to.deep.equal(['not-connected']);
        tracker.report(progress({ completion: 'completed' }));
        tracker.recordInteraction(std.interactions[0]!.record);
        await tracker.save();
        await tracker.finish();
        expect(notices).to.have.length(1);
        // A listener added late still learns that nothing is recorded.
        expect(noticesOf(tracker).map((n) => n.kind)).to.deep.equal(['not-connected']);
      } finally {
        frame.remove();
      }
    });

    it('when Initialize fails: not connected, and no further call', async () => {
      const s = await open(std, {}, { before: (api) => (api as unknown as Record<string, (p: string) => string>)[m.initialize]!('') });
      const ctx = await s.tracker.start();
      expect(ctx.mode).to.equal('normal');
      expect(s.notices).to.deep.equal([{ kind: 'not-connected', detail: alreadyInitialized }]);
      const after = s.calls.length;
      s.tracker.report(progress());
      await s.tracker.save();
      await s.tracker.finish();
      expect(s.calls.length).to.equal(after);
    });

    it('a refused write gives one not-saving notice with the error name, then saving-again', async () => {
      let refuse = true;
      const score = std.el.score.find((e) => e.endsWith('.raw'))!;
      const s = await open(std, {}, {
        before: (api) =>
          tamper(api, m.setValue, (original, element, value) =>
            // The real runtime refuses a non-number, with its own error code.
            element === score && refuse ? original(element, 'ninety') : original(element, value),
          ),
      });
      await s.tracker.start();
      s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 90 }));
      s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 91 }));
      expect(s.notices).to.deep.equal([{ kind: 'not-saving', detail: typeMismatch }]);
      // The status is still written (LMS-COMPAT 12: keep completion when a write is refused).
      expect(s.stored()[std.el.status[0]!]).to.not.equal('');
      await s.tracker.save();
      expect(s.notices).to.have.length(1);

      refuse = false;
      s.tracker.report(progress({ completion: 'completed', success: 'passed', scorePercent: 91 }));
      await s.tracker.save();
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
      expect(s.stored()[score]).to.equal('91');
    });

    it('counts a false return with code 0, and a true return with an error code, as failures', async () => {
      let mode: 'false-0' | 'true-351' | 'ok' = 'false-0';
      const s = await open(std, {}, {
        before: (api) => {
          const reportError = lastErrorOnce(api, m.getLastError);
          tamper(api, m.setValue, (original, element, value) => {
            if (element !== std.el.location || mode === 'ok') return original(element, value);
            reportError(mode === 'false-0' ? '0' : '351');
            return mode === 'false-0' ? 'false' : 'true';
          });
        },
      });
      await s.tracker.start();
      s.tracker.report(progress({ location: 'a' }));
      expect(s.notices).to.deep.equal([{ kind: 'not-saving', detail: 'set-failed (0)' }]);
      await s.tracker.save();
      mode = 'true-351';
      s.tracker.report(progress({ location: 'b' }));
      await s.tracker.save();
      // Still failing: no saving-again while the LMS reports an error.
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving']);
      mode = 'ok';
      s.tracker.report(progress({ location: 'c' }));
      await s.tracker.save();
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
    });

    it('a failed commit, then a good one: not-saving, then saving-again', async () => {
      let failCommit = false;
      const code = commitFailed.match(/\((\d+)\)/)![1]!;
      const s = await open(std, {}, {
        before: (api) => {
          // The fault: Commit answers "false" and GetLastError reports the code once.
          const reportError = lastErrorOnce(api, m.getLastError);
          tamper(api, m.commit, (original, param) => {
            if (!failCommit) return original(param);
            reportError(code);
            return 'false';
          });
        },
      });
      await s.tracker.start();
      s.tracker.report(progress());
      failCommit = true;
      await s.tracker.save();
      await s.tracker.save();
      expect(s.notices).to.deep.equal([{ kind: 'not-saving', detail: commitFailed }]);
      failCommit = false;
      await s.tracker.save();
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
    });

    it('a refused interaction id or field is retried in order: the answer is stored once, whole, at its index', async () => {
      // Each of these is refused for a while (its first four calls, as an LMS under load does), then accepted.
      const refusals = new Map<string, number>([[`${std.el.interactions}0.id`, 4], [`${std.el.interactions}1.type`, 4]]);
      const s = await open(std, {}, {
        before: (api) => {
          const reportError = lastErrorOnce(api, m.getLastError);
          tamper(api, m.setValue, (original, element, value) => {
            const left = refusals.get(String(element)) ?? 0;
            if (left === 0) return original(element, value);
            refusals.set(String(element), left - 1);
            reportError(generalCode);
            return 'false';
          });
        },
      });
      await s.tracker.start();
      const [first, second] = std.interactions;
      s.tracker.recordInteraction(first!.record);
      s.tracker.recordInteraction(second!.record);
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving']);
      expect(s.stored()[`${std.el.interactions}0.id`], 'nothing stored while the id is refused').to.equal(undefined);
      await s.tracker.save();
      expect(s.stored()[`${std.el.interactions}0.type`], 'the first answer, once its id is in').to.equal(first!.expected.type);
      expect(s.stored()[`${std.el.interactions}1.type`] ?? '', 'the refused field waits').to.equal('');
      expect(s.calls.filter((c) => c.method === m.commit), 'no commit while writes wait').to.have.length(0);
      await s.tracker.save();
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
      const values = s.stored();
      for (const [n, c] of [first!, second!].entries()) {
        for (const [k, v] of Object.entries(c.expected)) expect(values[`${std.el.interactions}${n}.${k}`], `${n}.${k}`).to.equal(v);
      }
      const ids = s.writes().filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e));
      expect(new Set(ids.map(([e]) => e))).to.deep.equal(new Set([`${std.el.interactions}0.id`, `${std.el.interactions}1.id`]));
      expect(values[`${std.el.interactions}2.id`], 'no duplicate interaction').to.equal(undefined);
    });

    it('while the LMS refuses every write, location and saved state wait, and are never left stale', async () => {
      let refuse = false;
      const s = await open(std, {}, {
        before: (api) => {
          const reportError = lastErrorOnce(api, m.getLastError);
          tamper(api, m.setValue, (original, element, value) => {
            if (!refuse) return original(element, value);
            reportError(generalCode);
            return 'false';
          });
        },
      });
      await s.tracker.start();
      refuse = true;
      s.tracker.report(progress({ location: 'lesson:one', savedState: 'v1:one' }));
      s.tracker.report(progress({ location: 'lesson:two', savedState: 'v1:two' }));
      await s.tracker.save();
      await s.tracker.save();
      expect(s.calls.filter((c) => c.method === m.commit)).to.have.length(0);
      refuse = false;
      await s.tracker.save();
      expect([s.stored()[std.el.location], s.stored()[std.el.suspendData]]).to.deep.equal(['lesson:two', 'v1:two']);
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
    });

    it('one element the LMS keeps refusing while it takes the others no longer holds up the rest', async () => {
      const s = await open(std, {}, {
        before: (api) => {
          const reportError = lastErrorOnce(api, m.getLastError);
          tamper(api, m.setValue, (original, element, value) => {
            if (element !== std.el.suspendData) return original(element, value);
            reportError(generalCode);
            return 'false';
          });
        },
      });
      await s.tracker.start();
      s.tracker.report(progress({ location: 'lesson:one', savedState: 'v1:one', completion: 'completed', success: 'passed', scorePercent: 90 }));
      // The first save finds it refused again while the session time (a harmless write) is taken.
      await s.tracker.save();
      expect(s.stored()[std.el.exit], 'writes behind it went in').to.equal('suspend');
      expect(pick(s.stored(), std.el.status)).to.deep.equal(std.status('passed'));
      expect(s.calls.filter((c) => c.method === m.commit)).to.have.length(1);
      expect(s.notices.map((n) => n.kind), 'the learner is told').to.deep.equal(['not-saving']);
    });

    it('a refused commit is tried again by itself, off the learner\'s path, and the notice then goes', async () => {
      let failCommit = true;
      const s = await open(std, {}, {
        before: (api) => {
          const reportError = lastErrorOnce(api, m.getLastError);
          tamper(api, m.commit, (original, param) => {
            if (!failCommit) return original(param);
            reportError(commitCode);
            return 'false';
          });
        },
      });
      await s.tracker.start();
      s.tracker.report(progress({ location: 'lesson:kept' }));
      await s.tracker.save();
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving']);
      failCommit = false;
      await waitUntil(() => s.notices.length === 2, 'the retried commit', { timeout: 4000 });
      expect(s.notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
      expect(s.calls.filter((c) => c.method === m.commit).length).to.equal(2);
    });

    it('API methods that throw are caught and reported, never rethrown', async () => {
      let broken = false;
      const s = await open(std, {}, {
        before: (api) => {
          for (const method of [m.setValue, m.commit, m.terminate]) {
            tamper(api, method, (original, ...args) => {
              if (broken) throw new Error('LMS exploded');
              return original(...args);
            });
          }
        },
      });
      await s.tracker.start();
      broken = true;
      s.tracker.report(progress({ completion: 'completed', scorePercent: 50 }));
      s.tracker.recordInteraction(std.interactions[0]!.record);
      await s.tracker.save();
      await s.tracker.finish();
      expect(s.notices).to.deep.equal([{ kind: 'not-saving', detail: 'api-exception (thrown)' }]);
    });

    it('a GetValue that throws during start still gives a usable context', async () => {
      const s = await open(std, { location: 'lesson:2' }, {
        before: (api) =>
          tamper(api, m.getValue, (original, element) => {
            if (element === std.el.location) throw new Error('boom');
            return original(element);
          }),
      });
      const ctx = await s.tracker.start();
      expect(ctx.location).to.equal(null);
      expect(ctx.mode).to.equal('normal');
    });
  });
}
