/**
 * Screenshots of the flow through checks and the final assessment, at a phone
 * and a desktop size: a knowledge check with its one "Check answers", the same
 * check after checking, and the assessment one question per screen with its
 * question map. Each screen must pass axe and fit the width.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { en } from '../../../src/components/i18n/en.js';
import { answer, buttonNamed, click, currentView, practice, visibleQuestions } from '../e2e/learner.js';
import { launch, type LmsSession } from '../e2e/lms-host.js';
import { clippedText } from './layout.js';
import { settle, toAssessment } from './shoot.js';
import { renderedAndPainted } from '../../support/settle.js';

const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Saves the screenshot, then checks the frame fits its width, cuts no text and passes axe. */
async function capture(s: LmsSession, name: string): Promise<void> {
  await renderedAndPainted(() => s.player(), s.win);
  await executeServerCommand('save-screenshot', { name });
  const doc = s.frame.contentDocument!;
  expect(doc.documentElement.scrollWidth, `${name}: sideways scrolling`).to.be.at.most(doc.documentElement.clientWidth);
  expect(clippedText(doc), `${name}: text cut off`).to.deep.equal([]);
  expect(await axeViolations(s), `${name}: axe`).to.deep.equal([]);
}

type Axe = { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

/** axe-core run inside the package's frame (the page's own axe cannot reach into another document). */
async function axeViolations(s: LmsSession): Promise<string[]> {
  const win = s.win as unknown as Window & { axe?: Axe };
  if (!win.axe) {
    const script = s.frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    s.frame.contentDocument!.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(s.frame.contentDocument!.documentElement, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

for (const size of SIZES) {
  describe(`flow screenshots at ${size.width}×${size.height}`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    async function start(): Promise<LmsSession> {
      await setViewport({ width: size.width, height: size.height });
      document.body.style.margin = '0';
      const session = await launch('scorm12');
      session.frame.style.cssText = `position: fixed; inset: 0; width: ${size.width}px; height: ${size.height}px; border: 0; z-index: 1; background: #fff`;
      await renderedAndPainted(() => session.player(), session.win);
      return session;
    }

    it('a knowledge check: answered, its one Check answers in view, then every question with its feedback', async () => {
      s = await start();
      const controller = s.player().controller!;
      controller.go({ view: 'check', id: controller.course.modules[0]!.id });
      await settle(s);
      const questions = visibleQuestions(s.player());
      for (const q of questions) await answer(q, true);
      const check = buttonNamed(currentView(s.player()).shadowRoot!, en.checkAnswers)!;
      expect(questions.every((q) => !buttonNamed(q.shadowRoot!, en.checkAnswer)), 'no per-question Check answer').to.equal(true);
      check.scrollIntoView({ block: 'end' });
      await capture(s, `${size.name}-check-answered`);

      await practice(s.player(), true);
      const results = questions.map((q) => q.shadowRoot!.querySelector('.result')?.textContent?.trim());
      expect(results.every((r) => r?.includes(en.correct))).to.equal(true);
      await capture(s, `${size.name}-check-checked`);
    });

    it('the final assessment one question per screen, with its question map and answered count', async () => {
      s = await start();
      const controller = s.player().controller!;
      // The real course is `auto`; this screen is the paged one at both sizes.
      controller.course.assessment.layout = 'paged';
      await toAssessment(s);
      const view = currentView(s.player());
      for (let i = 0; i < 3; i++) {
        await answer(visibleQuestions(s.player())[0]!, true);
        await click(buttonNamed(view.shadowRoot!, enPlayer.nextQuestion), 'Next question');
        await renderedAndPainted(() => s!.player(), s!.win);
      }
      const map = view.shadowRoot!.querySelectorAll('.map button');
      expect(map.length).to.equal(controller.session.currentAttempt()!.questions.length);
      expect(view.shadowRoot!.querySelector('.count')?.textContent).to.contain(`3 of ${map.length} answered`);
      expect(view.shadowRoot!.querySelector('.map [aria-current="step"]')?.getAttribute('aria-label')).to.equal('Question 4, not answered');
      s.win.scrollTo(0, 0);
      await capture(s, `${size.name}-assessment-paged`);
    });
  });
}
