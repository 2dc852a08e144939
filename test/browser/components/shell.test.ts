// The player's shell as a learner meets it: the cover, the one-line header and
// its menu, the skip link, Finish, and a completed course opened again.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { CourseController } from '../../../src/session/course-controller.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import type { Tracker } from '../../../src/tracking/tracker.js';
import { correctResponse } from '../../../src/content/correctness.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { $, deepActive, text } from './helpers.js';
import { settled, view } from '../../support/settle.js';

const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

/** The offline tracker, counting its `finish` calls. */
function countingTracker(): Tracker & { finishes: number } {
  const base = createOfflineTracker(sessionStorage, 'shell-test');
  const tracker = {
    ...base,
    finishes: 0,
    finish: () => {
      tracker.finishes++;
      return base.finish();
    },
  };
  return tracker;
}

async function mount(options: { keep?: boolean } = {}) {
  if (!options.keep) sessionStorage.clear();
  const course = { ...sampleCourse(), attestation: 'I understand my duties.' };
  const tracker = countingTracker();
  const controller = await CourseController.launch({ course, tracker, win: window });
  const player = await fixture<FlPlayer>(html`<fl-player .controller=${controller}></fl-player>`);
  await settled(player);
  return { player, controller, tracker };
}

/** The learner leaves the first session after `before` (it ends it), then opens the course again. */
async function relaunch(first: Awaited<ReturnType<typeof mount>>, before: () => Promise<void>) {
  await before();
  first.player.remove();
  return mount({ keep: true });
}

/** Every lesson opened, the assessment passed with full marks, the attestation given. */
async function complete(player: FlPlayer, controller: CourseController): Promise<void> {
  for (const id of ['l1', 'l2', 'l3']) controller.go({ view: 'lesson', id });
  controller.go({ view: 'assessment' });
  for (const q of controller.session.currentAttempt()!.questions) controller.changeAttemptAnswer(q.id, correctResponse(q), 10);
  controller.submitAttempt();
  controller.go({ view: 'attestation' });
  controller.attest();
  await settled(player);
}

const buttonIn = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('the cover', () => {
  it('a new learner sees the course, what it teaches, the total time, the modules, how to pass and finish, and Start', async () => {
    const { player, controller } = await mount();
    const cover = view(player);
    expect(cover.localName).to.equal('fl-cover');
    const said = text(cover.shadowRoot);
    const course = controller.course;
    expect(text(cover.shadowRoot!.querySelector('h2'))).to.equal(course.title);
    expect(said).to.contain(course.description);
    for (const m of course.modules) expect(said).to.contain(m.title).and.contain(`About ${m.minutes} min`);
    const total = course.modules.reduce((n, m) => n + m.minutes, 0) + course.assessment.draw;
    expect(said).to.contain(`About ${total} minutes in total`);
    expect(said).to.contain(`Score at least ${course.assessment.passMark}%`);
    expect(said).to.contain('Confirm your responsibilities');
    expect(said).to.not.contain('Welcome back');
    // Nothing is opened until Start.
    expect($<HTMLProgressElement>(player, 'progress').value).to.equal(0);
    // Nothing to page through yet: Start is the one way on.
    expect(player.shadowRoot!.querySelector('.pager')).to.equal(null);
    buttonIn(cover.shadowRoot!, 'Start the course')!.click();
    await settled(player, 20);
    expect(view(player).localName).to.equal('fl-lesson');
    expect(controller.place).to.deep.equal({ view: 'lesson', id: 'l1' });
    expect(deepActive()?.localName, 'focus on the lesson heading').to.equal('h2');
  });

  it('a returning learner sees their progress and where they are, with Continue and Start again', async () => {
    const first = await mount();
    const { player, controller } = await relaunch(first, () => {
      first.controller.begin();
      first.controller.go({ view: 'lesson', id: 'l2' });
      return first.controller.saveAndExit();
    });
    const cover = view(player);
    expect(cover.localName).to.equal('fl-cover');
    const said = text(cover.shadowRoot);
    expect(said).to.contain('Welcome back').and.contain('You are 50% of the way through.').and.contain('You stopped at: Lesson two.');
    expect(buttonIn(cover.shadowRoot!, 'Start the course')).to.equal(undefined);
    buttonIn(cover.shadowRoot!, 'Continue where you left off')!.click();
    await settled(player);
    expect(controller.place).to.deep.equal({ view: 'lesson', id: 'l2' });
    expect(view(player).localName).to.equal('fl-lesson');
  });

  it('shows an illustration given to it', async () => {
    const { player } = await mount();
    const cover = view(player) as HTMLElement & { illustration: unknown; updateComplete: Promise<unknown> };
    cover.illustration = html`<svg class="drawing" aria-hidden="true" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"></circle></svg>`;
    await cover.updateComplete;
    expect(cover.shadowRoot!.querySelector('.illustration svg.drawing')).to.exist;
  });

  for (const size of [PHONE, DESKTOP]) {
    it(`is accessible at ${size.width}×${size.height}, for a new and a returning learner`, async () => {
      await setViewport(size);
      const first = await mount();
      await expect(first.player).to.be.accessible();
      const { player } = await relaunch(first, () => {
        first.controller.go({ view: 'check', id: 'm1' });
        return first.controller.saveAndExit();
      });
      expect(text(view(player).shadowRoot)).to.contain('Welcome back');
      await expect(player).to.be.accessible();
    });
  }
});

describe('the header', () => {
  it('at 360×640 is one line, at most 56 px high, with the whole title for assistive technology', async () => {
    await setViewport(PHONE);
    const { player, controller } = await mount();
    const header = $(player, 'header');
    expect(header.getBoundingClientRect().height).to.be.at.most(56);
    const title = $(player, 'h1');
    expect(text(title)).to.equal(controller.course.title);
    const line = parseFloat(getComputedStyle(title).lineHeight);
    expect(title.getBoundingClientRect().height, 'the title stays on one line').to.be.below(line * 1.5);
    expect($(player, 'progress').getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('at 360×640 Save and exit is in a quiet menu, and Next is the most prominent control', async () => {
    await setViewport(PHONE);
    const { player, controller } = await mount();
    controller.go({ view: 'lesson', id: 'l2' });
    await settled(player);
    const toggle = $<HTMLButtonElement>(player, '.menu-toggle');
    expect(toggle.getBoundingClientRect().width).to.be.greaterThan(0);
    expect($(player, '.exit-wide').getClientRects().length, 'no Save and exit in the header itself').to.equal(0);
    const next = $<HTMLButtonElement>(player, '.pager .primary');
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(getComputedStyle(toggle).backgroundColor).to.equal(transparent);
    expect(getComputedStyle(next).backgroundColor).to.not.equal(transparent);
  });

  it('the menu opens with Enter, lists Contents and Save and exit, and Escape closes it with focus back on Menu', async () => {
    await setViewport(PHONE);
    const { player } = await mount();
    const toggle = $<HTMLButtonElement>(player, '.menu-toggle');
    const menu = $(player, '#menu');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.getClientRects().length).to.equal(0);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settled(player);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect([...menu.querySelectorAll('button')].map(text)).to.deep.equal(['Contents', 'Save and exit']);
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Contents');
    await sendKeys({ press: 'Escape' });
    await settled(player);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.getClientRects().length).to.equal(0);
    expect(deepActive()).to.equal(toggle);
  });

  it('Contents in the menu shows the course contents and moves focus to the current page in them', async () => {
    await setViewport(PHONE);
    const { player } = await mount();
    $<HTMLButtonElement>(player, '.menu-toggle').click();
    await settled(player);
    buttonIn($(player, '#menu'), 'Contents')!.click();
    await settled(player);
    const nav = $(player, 'fl-course-nav');
    expect(nav.getBoundingClientRect().height).to.be.greaterThan(0);
    const current = nav.shadowRoot!.querySelector('[aria-current="page"]');
    expect(current).to.exist;
    expect(deepActive()).to.equal(current);
    expect($(player, '#menu').getClientRects().length).to.equal(0);
  });

  it('Save and exit in the menu ends the session once', async () => {
    await setViewport(PHONE);
    const { player, tracker } = await mount();
    $<HTMLButtonElement>(player, '.menu-toggle').click();
    await settled(player);
    buttonIn($(player, '#menu'), 'Save and exit')!.click();
    await settled(player, 20);
    expect(tracker.finishes).to.equal(1);
    expect(text(player.shadowRoot)).to.contain('Your progress is saved');
  });

  it('at 1280×800 Save and exit sits quietly in the header beside the contents', async () => {
    await setViewport(DESKTOP);
    const { player } = await mount();
    const exit = $<HTMLButtonElement>(player, '.exit-wide');
    expect(exit.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(getComputedStyle(exit).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect($(player, '.menu-toggle').getClientRects().length).to.equal(0);
    expect($(player, 'fl-course-nav').getBoundingClientRect().width).to.be.greaterThan(0);
  });

  for (const size of [PHONE, DESKTOP]) {
    it(`is accessible with the menu open at ${size.width}×${size.height}`, async () => {
      await setViewport(size);
      const { player } = await mount();
      $<HTMLButtonElement>(player, '.menu-toggle').click();
      await settled(player);
      await expect(player).to.be.accessible();
    });
  }
});

describe('the skip link', () => {
  it('is the first thing Tab reaches, shows when focused, and moves focus to the lesson heading', async () => {
    await setViewport(DESKTOP);
    const { player, controller } = await mount();
    controller.go({ view: 'lesson', id: 'l2' });
    await settled(player);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const skip = deepActive() as HTMLElement;
    expect(text(skip)).to.equal('Skip to lesson');
    const box = skip.getBoundingClientRect();
    expect(box.top, 'visible once focused').to.be.at.least(0);
    await sendKeys({ press: 'Enter' });
    await settled(player);
    expect(deepActive()?.localName).to.equal('h2');
    expect(text(deepActive())).to.equal('Lesson two');
  });
});

describe('the ending', () => {
  it('Finish after the certificate ends the session once and says the course is finished', async () => {
    const { player, controller, tracker } = await mount();
    await complete(player, controller);
    expect(view(player).localName).to.equal('fl-certificate');
    const finish = buttonIn($(player, '.pager'), 'Finish')!;
    finish.click();
    finish.click();
    await settled(player, 20);
    expect(tracker.finishes).to.equal(1);
    expect(controller.exited).to.equal(true);
    const said = text(player.shadowRoot);
    expect(said).to.contain('You have finished the course').and.contain('Your completion is recorded');
    expect(said).to.not.contain('continue where you left off');
  });

  it('a completed learner who saves and exits is not told they will continue where they left off', async () => {
    const { player, controller } = await mount();
    await complete(player, controller);
    await controller.saveAndExit();
    await settled(player);
    const said = text(player.shadowRoot);
    expect(said).to.contain('You have finished the course');
    expect(said).to.not.contain('continue where you left off');
  });

  for (const size of [PHONE, DESKTOP]) {
    it(`a completed course opened again says so, with the score, the date and the certificate (${size.width}×${size.height})`, async () => {
      await setViewport(size);
      const first = await mount();
      await complete(first.player, first.controller);
      const attestedAt = first.controller.session.state.attestedAt!;
      const { player, controller } = await relaunch(first, () => first.controller.finish());
      const screen = view(player);
      expect(screen.localName).to.equal('fl-completed');
      const said = text(screen.shadowRoot);
      expect(said).to.contain('You completed this course').and.contain('Your score: 100%.');
      expect(said).to.contain(`Completed on ${attestedAt.toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' })}.`);
      expect(text(player.shadowRoot)).to.not.contain('Continue where you left off');
      await expect(player).to.be.accessible();
      buttonIn(screen.shadowRoot!, 'View your certificate')!.click();
      await settled(player);
      expect(view(player).localName).to.equal('fl-certificate');
      expect(controller.place).to.deep.equal({ view: 'certificate' });
    });
  }
});
