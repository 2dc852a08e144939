/**
 * Deliver 2 of issue 9: a browser that goes away at any moment (a phone
 * killing it, a dead battery: no page-hide, no last call to the LMS) loses at
 * most the current screen. A seeded learner plays the whole course through
 * the UI; at random points the page ends abruptly and the course is relaunched
 * from what the LMS had stored at its last successful commit.
 */
import { expect } from '@open-wc/testing';
import { launch, seeded, type LmsSession } from './lms-host.js';
import { missing, playThrough, progressOf, type LearnerProgress } from './learner-steps.js';
import { SPEC, STANDARDS } from './spec-table.js';
import { readToAssessment } from './learner.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Long enough for the new screen to be painted and the save after it to run. */
async function screenSettled(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await new Promise((r) => setTimeout(r, 20));
}

for (const [n, standard] of STANDARDS.entries()) {
  describe(`${standard}: the browser goes away abruptly`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('relaunching from what the LMS stored loses at most the last action, and nothing once its screen is shown', async function () {
      this.timeout(120_000);
      const random = seeded(9 + n);
      s = await launch(standard);
      let before: LearnerProgress = progressOf(s.player());
      let ends = 0;
      for await (const action of playThrough(() => s!.player())) {
        const after = progressOf(s.player());
        expect(s.commitsDuringInput(), 'no commit while a tap is handled').to.deep.equal([]);
        if (random() < 0.07) {
          // Half the time the phone dies the moment the learner acts, half once the new screen is on.
          const settled = random() < 0.5;
          if (settled) await screenSettled();
          s.endAbruptly();
          expect(s.afterEnd.filter((c) => c.method === SPEC[standard].commit), 'nothing reaches the LMS after the end').to.deep.equal([]);
          s = await launch(standard, { previous: s.lastCommitted() });
          const resumed = progressOf(s.player());
          const lost = missing(resumed, settled ? after : before);
          expect(lost, `after "${action}" (${settled ? 'screen shown' : 'at once'}), end ${++ends}`).to.deep.equal([]);
          before = resumed;
          continue;
        }
        before = after;
      }
      expect(ends, 'the page ended several times over the play-through').to.be.at.least(3);
      expect(s.player().controller!.session.state.attestedAt).to.not.equal(null);
    });

    it('opening the assessment starts an attempt that is saved: a relaunch shows the same questions', async () => {
      s = await launch(standard);
      await readToAssessment(s.player(), { right: true });
      await screenSettled();
      const drawn = s.player().controller!.session.attemptDraw()!.questions.map((q) => q.id);
      expect(drawn.length).to.be.greaterThan(0);
      s.endAbruptly();
      s = await launch(standard, { previous: s.lastCommitted() });
      expect(s.player().controller!.place.view).to.equal('assessment');
      expect(s.player().controller!.session.attemptDraw()?.questions.map((q) => q.id)).to.deep.equal(drawn);
    });
  });
}
