import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { CourseController } from '../../../src/session/course-controller.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import { correctResponse } from '../../../src/content/correctness.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { deepActive, text } from './helpers.js';
import { settled, view } from '../../support/settle.js';

async function mount(options: { keep?: boolean } = {}): Promise<{ player: FlPlayer; controller: CourseController }> {
  if (!options.keep) sessionStorage.clear();
  const course = { ...sampleCourse(), attestation: 'I understand my duties.' };
  const controller = await CourseController.launch({ course, tracker: createOfflineTracker(sessionStorage, 'player-test'), win: window });
  const player = await fixture<FlPlayer>(html`<fl-player .controller=${controller}></fl-player>`);
  return { player, controller };
}


describe('<fl-player>', () => {
  it('is accessible on every screen: cover, lesson, check, locked and open assessment, results, attestation, certificate', async () => {
    const { player, controller } = await mount();
    await expect(player).to.be.accessible();
    controller.begin();
    await settled(player);
    await expect(player).to.be.accessible();
    controller.go({ view: 'check', id: 'm1' });
    await settled(player);
    await expect(player).to.be.accessible();
    controller.go({ view: 'assessment' });
    await settled(player);
    expect(text(view(player).shadowRoot)).to.contain('Open every lesson to unlock');
    await expect(player).to.be.accessible();
    for (const id of ['l2', 'l3']) controller.go({ view: 'lesson', id });
    controller.go({ view: 'assessment' });
    await settled(player);
    await expect(player).to.be.accessible();
    for (const q of controller.session.currentAttempt()!.questions) controller.changeAttemptAnswer(q.id, correctResponse(q), 10);
    controller.submitAttempt();
    await settled(player);
    expect(text(view(player).shadowRoot)).to.contain('You passed');
    await expect(player).to.be.accessible();
    controller.go({ view: 'attestation' });
    await settled(player);
    await expect(player).to.be.accessible();
    controller.attest();
    await settled(player);
    expect(view(player).localName).to.equal('fl-certificate');
    await expect(player).to.be.accessible();
  });

  it('moves focus to the new view\'s heading when the learner presses Next', async () => {
    const { player, controller } = await mount();
    await settled(player);
    [...view(player).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start the course')!.click();
    await settled(player);
    const next = [...player.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next')!;
    next.click();
    await settled(player);
    await new Promise((r) => setTimeout(r, 20));
    expect(controller.place).to.deep.equal({ view: 'lesson', id: 'l2' });
    expect(deepActive()?.localName).to.equal('h2');
    expect(text(deepActive())).to.equal('Lesson two');
  });

  it('shows progress and marks opened lessons in the contents', async () => {
    const { player, controller } = await mount();
    controller.begin();
    controller.go({ view: 'lesson', id: 'l2' });
    await settled(player);
    const progress = player.shadowRoot!.querySelector('progress')!;
    expect(progress.value).to.equal(50);
    expect(progress.getAttribute('aria-label')).to.equal('Course progress: 50%');
    const nav = player.shadowRoot!.querySelector('fl-course-nav')!;
    await nav.updateComplete;
    expect(nav.shadowRoot!.querySelector('[aria-current="page"]')?.textContent).to.contain('Lesson two');
    expect(text(nav.shadowRoot).match(/Opened/g)?.length).to.equal(2);
    expect(text(nav.shadowRoot)).to.not.contain('Done');
    for (const id of ['c1', 'c2']) controller.answerPractice(id, { type: 'single', option: 'a' }, 10);
    await settled(player);
    await nav.updateComplete;
    const check = [...nav.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Knowledge check'))!;
    expect(text(check)).to.equal('Knowledge check Done');
  });
});

describe('<fl-player> for a returning learner', () => {
  async function returning() {
    const first = await mount();
    first.controller.go({ view: 'lesson', id: 'l2' });
    await first.controller.saveAndExit();
    first.player.remove();
    return mount({ keep: true });
  }

  it('opens on the cover, which asks whether to continue or start again, accessibly, naming where they stopped', async () => {
    const { player } = await returning();
    await settled(player);
    const prompt = view(player);
    expect(prompt.localName).to.equal('fl-cover');
    expect(text(prompt.shadowRoot)).to.contain('You stopped at: Lesson two.');
    await expect(player).to.be.accessible();
  });

  it('"Continue where you left off" opens the bookmarked lesson', async () => {
    const { player, controller } = await returning();
    await settled(player);
    [...view(player).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Continue'))!.click();
    await settled(player);
    expect(view(player).localName).to.equal('fl-lesson');
    expect(controller.place).to.deep.equal({ view: 'lesson', id: 'l2' });
  });

  it('"Start again" goes to the first lesson and keeps the progress', async () => {
    const { player, controller } = await returning();
    await settled(player);
    [...view(player).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Start again'))!.click();
    await settled(player);
    expect(controller.place).to.deep.equal({ view: 'lesson', id: 'l1' });
    expect([...controller.session.state.visited]).to.include.members(['l1', 'l2']);
  });

  it('a first-time learner is not asked: the cover offers Start only', async () => {
    const { player } = await mount();
    await settled(player);
    expect(view(player).localName).to.equal('fl-cover');
    expect(text(view(player).shadowRoot)).to.not.contain('Continue where you left off');
  });
});

describe('<fl-player> reflows', () => {
  // WCAG 1.4.10: 320 CSS px wide; 200% zoom of a 1280×800 screen is 640×400 CSS px.
  for (const size of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
    it(`at ${size.width}×${size.height} CSS px every screen fits the width, with no sideways scrolling`, async () => {
      await setViewport(size);
      const { player, controller } = await mount();
      const places = [
        { view: 'lesson', id: 'l2' },
        { view: 'check', id: 'm1' },
        { view: 'assessment' },
      ] as const;
      for (const place of places) {
        for (const id of ['l1', 'l2', 'l3']) controller.session.visit(id);
        controller.go(place);
        await settled(player);
        expect(document.documentElement.scrollWidth, `${place.view} width`).to.be.at.most(size.width);
        for (const button of player.shadowRoot!.querySelectorAll('button')) {
          const box = button.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `button "${button.textContent?.trim()}" inside the screen`).to.be.at.most(size.width + 0.5);
          expect(box.height, 'touch target height').to.be.at.least(24);
        }
      }
      await setViewport({ width: 800, height: 600 });
    });
  }
});
