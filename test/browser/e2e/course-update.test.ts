// A package replaced while an officer is taking the course: the officer plays the first
// version partway (every lesson opened, the knowledge checks answered, a failed attempt),
// the LMS keeps what it stored, and the second version (a lesson and a question added, an
// option added, a bank question removed) is launched from it. Packages: built by
// test/browser/e2e/course-update-packages.ts into .cache/packages-update/v1 and v2.
import { expect } from '@open-wc/testing';
import { launch, type LmsSession } from './lms-host.js';
import { buttonNamed, click, currentView, deepAll, readToAssessment, saveAndExit, t, takeAssessment } from './learner.js';
import { SPEC, STANDARDS } from './spec-table.js';

const V1 = '/.cache/packages-update/v1';
const V2 = '/.cache/packages-update/v2';

const settle = () => new Promise((r) => setTimeout(r, 0));
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
      await saveAndExit(first);
      const stored = s.stored();
      expect(s.value('cmi.suspend_data')).to.match(/^F2~/);
      s.close();

      // Second version, launched from what the LMS stored.
      s = await launch(standard, { packages: V2, previous: stored });
      const player = s.player();
      const controller = player.controller!;
      expect(controller.course.version).to.not.equal(version1);
      // The resume prompt tells the truth: the officer stopped at the results and their progress is there.
      const prompt = currentView(player);
      expect(prompt.localName).to.equal('fl-resume-prompt');
      expect(text(prompt)).to.contain(t.resumeWhere(t.results)).and.contain(t.resumeKeeps);
      await click(buttonNamed(prompt.shadowRoot!, t.resumeContinue), 'Continue where you left off');
      await player.updateComplete;
      await settle();
      await (currentView(player) as { updateComplete?: Promise<unknown> }).updateComplete;
      expect(text(currentView(player))).to.contain(t.scoreLine(40, 80)).and.contain(t.attemptsInfo(2));

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
      // The final assessment waits for the new lesson.
      expect(entry(s, controller.course.assessment.title)).to.equal(`${controller.course.assessment.title} ${t.locked}`);

      const state = controller.session.state;
      expect(state.attemptsUsed).to.equal(1);
      expect(state.bestPercent).to.equal(40);

      // Opening the new lesson unlocks the assessment with the attempts that are left.
      await click(deepAll<HTMLButtonElement>(contents(s).shadowRoot!, 'button.link').find((b) => b.textContent!.includes('Photos of an incident')), 'the new lesson');
      await player.updateComplete;
      await readToAssessment(player, { right: true });
      await (currentView(player) as { updateComplete?: Promise<unknown> }).updateComplete;
      expect(text(currentView(player))).to.contain(t.attemptsInfo(2));
      await takeAssessment(player, controller.session.currentAttempt()!.questions.length);
      expect(text(currentView(player))).to.contain(t.passedTitle);
      expect(controller.session.state.attemptsUsed).to.equal(2);
      await saveAndExit(player);
      expect(s.value(spec.scoreRaw)).to.equal('100');
    });
  });
}
