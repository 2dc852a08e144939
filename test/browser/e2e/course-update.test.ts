// A package replaced while an officer is taking the course: the officer plays the first
// version partway (every lesson opened, the knowledge checks answered, a failed attempt, a
// second attempt begun),
// the LMS keeps what it stored, and the second version (a lesson and a question added, an
// option added, a bank question removed) is launched from it. Packages: built by
// test/browser/e2e/course-update-packages.ts into .cache/packages-update/v1 and v2.
import { expect } from '@open-wc/testing';
import { launch, type LmsSession } from './lms-host.js';
import { answer, buttonNamed, click, contentShown, currentView, deepAll, readToAssessment, saveAndExit, t, takeAssessment, visibleQuestions } from './learner.js';
import { SPEC, STANDARDS } from './spec-table.js';
import { drawQuestions } from '../../../src/session/draw.js';
import type { CourseSession } from '../../../src/session/course-session.js';

const V1 = '/.cache/packages-update/v1';
const V2 = '/.cache/packages-update/v2';

/** The bank question the second version removes. */
const REMOVED = 'bank_report_now';

/** A Math.random() value whose seed (random.ts newSeed) makes the session's next attempt draw the removed question, not first. */
function randomDrawingRemoved(session: CourseSession): number {
  for (let i = 1; i < 1000; i++) {
    const seed = Math.floor((i / 1000) * 0xffffffff) >>> 0;
    const drawn = drawQuestions(session.map.bank, session.course.assessment, seed, session.state.seen);
    if (drawn.findIndex((q) => q.id === REMOVED) > 0) return i / 1000;
  }
  throw new Error('no seed draws the removed question');
}
const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const contents = (s: LmsSession) => s.player().shadowRoot!.querySelector('fl-course-nav')!;
/** The contents entry for a lesson or other place, as the learner reads it. */
const entry = (s: LmsSession, label: string) =>
  deepAll<HTMLButtonElement>(contents(s).shadowRoot!, 'button.link').find((b) => b.querySelector('span')?.textContent?.trim() === label)?.textContent?.replace(/\s+/g, ' ').trim();

for (const standard of STANDARDS) {
  const spec = SPEC[standard];

  describe(`${standard}: the course is updated while an officer is taking it`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('the new package resumes with the lessons opened, the checks answered, the attempt used and the best score', async () => {
      // First version: everything but a pass.
      s = await launch(standard, { packages: V1 });
      const first = s.player();
      const version1 = first.controller!.course.version;
      await readToAssessment(first, { right: true });
      await takeAssessment(first, 2);
      expect(text(currentView(first))).to.contain(t.failedTitle).and.contain(t.scoreLine(40, 80));
      // A second attempt that drew the question the update removes; one question answered, then the window is left.
      // The frame's own Math: newSeed() draws the seed from it.
      const frameMath = (s.win as unknown as { Math: Math }).Math;
      const random = frameMath.random;
      const fixed = randomDrawingRemoved(first.controller!.session);
      frameMath.random = () => fixed;
      await click(buttonNamed(currentView(first).shadowRoot!, t.retry), 'Try again');
      await first.updateComplete;
      frameMath.random = random;
      await (currentView(first) as { updateComplete?: Promise<unknown> }).updateComplete;
      await answer(visibleQuestions(first)[0]!, true);
      const attempt = structuredClone(first.controller!.session.state.current!);
      expect(attempt.answers.size).to.equal(1);
      expect(attempt.questions).to.include(REMOVED);
      await saveAndExit(first);
      const stored = s.stored();
      expect(s.value('cmi.suspend_data')).to.match(/^F2~/);
      s.close();

      // Second version, launched from what the LMS stored.
      s = await launch(standard, { packages: V2, previous: stored });
      const player = s.player();
      const controller = player.controller!;
      expect(controller.course.version).to.not.equal(version1);
      // The cover tells the truth: the officer stopped in the assessment and their progress is there.
      const prompt = currentView(player);
      expect(prompt.localName).to.equal('fl-cover');
      const assessment = controller.course.assessment.title;
      expect(text(prompt)).to.contain(t.resumeWhere(assessment)).and.contain(t.resumeKeeps);
      await click(buttonNamed(prompt.shadowRoot!, t.resumeContinue), 'Continue where you left off');
      // The assessment's content and views load on demand.
      await contentShown(player);
      // The attempt under way waits for the new lesson.
      expect(text(currentView(player))).to.contain(t.lessonsLeft(1)).and.contain('Photos of an incident');

      // Contents: the lessons opened before are still opened; the new one is not; the
      // first module's check is done, the second has a new question to answer.
      await contents(s).updateComplete;
      const nav = text(contents(s));
      expect(nav).to.contain(t.moduleProgress(2, 2)).and.contain(t.moduleProgress(2, 3));
      for (const lesson of ['The first seconds', 'Asking for identification', 'What to report', 'How to report']) {
        expect(entry(s, lesson), lesson).to.equal(`${lesson} ${t.visited}`);
      }
      expect(entry(s, 'Photos of an incident')).to.equal('Photos of an incident');
      const checks = deepAll<HTMLButtonElement>(contents(s).shadowRoot!, 'button.link').filter((b) => b.textContent!.includes(t.knowledgeCheck));
      expect(checks.map((b) => b.textContent!.includes(t.checkDone))).to.deep.equal([true, false]);
      expect(entry(s, assessment)).to.equal(`${assessment} ${t.locked}`);

      const state = controller.session.state;
      expect(state.attemptsUsed).to.equal(1);
      expect(state.bestPercent).to.equal(40);

      // Opening the new lesson unlocks the assessment: the attempt under way, with the attempts that are left.
      await click(deepAll<HTMLButtonElement>(contents(s).shadowRoot!, 'button.link').find((b) => b.textContent!.includes('Photos of an incident')), 'the new lesson');
      await player.updateComplete;
      await readToAssessment(player, { right: true });
      await (currentView(player) as { updateComplete?: Promise<unknown> }).updateComplete;
      expect(text(currentView(player))).to.contain(t.attemptsInfo(2));
      // The same questions in the same order, but for one removed from the bank (replaced by another).
      const kept = attempt.questions!.filter((id) => id !== REMOVED);
      const now = controller.session.state.current!;
      expect(now.questions!.slice(0, kept.length)).to.deep.equal(kept);
      expect(now.questions).to.have.length(5).and.not.include(REMOVED);
      expect(visibleQuestions(player).map((q) => q.question.id)).to.deep.equal(now.questions);
      expect(now.answers).to.deep.equal(attempt.answers);
      expect(text(currentView(player))).to.contain(t.answeredCount(1, 5));
      await takeAssessment(player, controller.session.currentAttempt()!.questions.length);
      expect(text(currentView(player))).to.contain(t.passedTitle);
      expect(controller.session.state.attemptsUsed).to.equal(2);
      await saveAndExit(player);
      expect(s.value(spec.scoreRaw)).to.equal('100');
    });
  });
}
