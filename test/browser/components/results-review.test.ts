import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import type { Course, Question } from '../../../src/content/types.js';
import type { Response } from '../../../src/content/response.js';
import { correctResponse } from '../../../src/content/correctness.js';
import { CourseController } from '../../../src/session/course-controller.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { $$, text } from './helpers.js';
import { nextTask, settled as playerSettled } from '../../support/settle.js';

async function mount(course: Course): Promise<{ player: FlPlayer; controller: CourseController }> {
  sessionStorage.clear();
  const controller = await CourseController.launch({ course, tracker: createOfflineTracker(sessionStorage, 'results-test'), win: window });
  for (const { lesson } of controller.session.map.lessons) controller.go({ view: 'lesson', id: lesson.id });
  const player = await fixture<FlPlayer>(html`<fl-player .controller=${controller}></fl-player>`);
  return { player, controller };
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
const view = (player: FlPlayer) => player.shadowRoot!.querySelector<Updating>('#view > *')!;
async function settled(player: FlPlayer) {
  await playerSettled(player);
  for (const q of $$<Updating>(view(player), 'fl-question')) await q.updateComplete;
  await nextTask();
}

/** A wrong answer where one is quick to give; other questions are left unanswered (also wrong). */
function wrongResponse(q: Question): Response | null {
  if (q.type === 'single') return { type: 'single', option: q.options.find((o) => !o.correct)!.id };
  if (q.type === 'multiple') return { type: 'multiple', options: [q.options.find((o) => !o.correct)!.id] };
  if (q.type === 'truefalse') return { type: 'truefalse', value: !q.answer };
  return null;
}

/** Takes an attempt: questions of the `right` modules answered right, the rest wrong; then the results screen. */
async function takeAttempt(player: FlPlayer, controller: CourseController, right: (q: Question) => boolean) {
  controller.go({ view: 'assessment' });
  for (const q of controller.session.attemptDraw()!.questions) {
    const response = right(q) ? correctResponse(q) : wrongResponse(q);
    if (response) controller.changeAttemptAnswer(q.id, response, 10);
  }
  controller.submitAttempt();
  await settled(player);
  return view(player);
}

/** What in the review shows a correct answer the learner did not give. */
function shownAnswers(results: HTMLElement): string[] {
  return $$(results, 'fl-question').flatMap((q) => [
    ...$$(q, '.option--correct').map((el) => `${q.id}: ${text(el)}`),
    ...$$(q, '.mark').map(text).filter((t) => /^(Correct answer|Best choice:)/.test(t)),
    ...$$(q, '.correct-title').map(text).filter((t) => t === 'Correct answer'),
  ]);
}

describe('the review after an attempt', () => {
  it('while attempts remain: marks the wrong answers with their feedback, hides the correct ones; the last attempt shows them', async () => {
    const { player, controller } = await mount(sampleCourse({ attempts: 2 }));
    const results = await takeAttempt(player, controller, () => false);
    expect(text(results.shadowRoot)).to.contain('You did not pass');
    expect(shownAnswers(results)).to.deep.equal([]);
    expect(text(results.shadowRoot)).to.contain('The correct answers are not shown');
    const singles = $$(results, 'fl-question').filter((q) => (q as unknown as { question: Question }).question.type === 'single');
    for (const q of singles) {
      // The learner's own choice is marked wrong, with the option's feedback.
      expect(text(q.shadowRoot!.querySelector('.option--chosen'))).to.contain('Your answer');
      expect($$(q, '.option--chosen .mark--incorrect').length).to.equal(1);
      expect(text(q.shadowRoot!.querySelector('#feedback'))).to.contain('No.');
    }
    await expect(results).to.be.accessible();

    const last = await takeAttempt(player, controller, () => false);
    expect(text(last.shadowRoot)).to.contain('You have used every attempt');
    expect(text(last.shadowRoot)).to.not.contain('The correct answers are not shown');
    expect(shownAnswers(last).length, 'every question shows its correct answer').to.be.at.least(controller.course.assessment.draw);
  });

  it('after a pass the correct answers show; showAnswers: never hides them even on the last attempt, always shows them at once', async () => {
    const passed = await mount(sampleCourse({ attempts: 2 }));
    const results = await takeAttempt(passed.player, passed.controller, () => true);
    expect(text(results.shadowRoot)).to.contain('You passed');
    expect(shownAnswers(results).length).to.be.greaterThan(0);
    expect($$(results, '.revisit').length, 'nothing to revisit after a pass').to.equal(0);

    const never = await mount(sampleCourse({ attempts: 1, showAnswers: 'never' }));
    expect(shownAnswers(await takeAttempt(never.player, never.controller, () => false))).to.deep.equal([]);
    const always = await mount(sampleCourse({ attempts: 2, showAnswers: 'always' }));
    expect(shownAnswers(await takeAttempt(always.player, always.controller, () => false)).length).to.be.greaterThan(0);
  });

  it('a failed result names the modules with missed questions; each button opens that module\'s first lesson', async () => {
    const course = sampleCourse({ attempts: 3 });
    const { player, controller } = await mount(course);
    const [one, two] = course.modules;
    const results = await takeAttempt(player, controller, (q) => one!.bank.some((b) => b.id === q.id));
    const section = results.shadowRoot!.querySelector('.revisit')!;
    expect(text(section)).to.contain('Modules to revisit');
    const buttons = [...section.querySelectorAll('button')];
    expect(buttons.map(text)).to.deep.equal([`Revisit: ${two!.title}`], 'only the module whose questions were missed');
    await expect(results).to.be.accessible();
    buttons[0]!.click();
    await settled(player);
    expect(controller.place).to.deep.equal({ view: 'lesson', id: two!.lessons[0]!.id });
    expect(text(view(player).shadowRoot!.querySelector('h2'))).to.equal(two!.lessons[0]!.title);

    // Both modules missed: both named, in course order.
    const both = await takeAttempt(player, controller, () => false);
    expect([...both.shadowRoot!.querySelectorAll('.revisit button')].map(text)).to.deep.equal([`Revisit: ${one!.title}`, `Revisit: ${two!.title}`]);
  });

  it('has one live region, the score summary, however many questions the review lists', async () => {
    const { player, controller } = await mount(sampleCourse());
    const results = await takeAttempt(player, controller, () => false);
    expect($$(results, 'fl-question').length).to.be.greaterThan(1);
    const live = (root: ShadowRoot): Element[] => [
      ...root.querySelectorAll('[role="status"], [role="alert"], [aria-live]'),
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? live(el.shadowRoot) : [])),
    ];
    const regions = live(results.shadowRoot!);
    expect(regions).to.have.length(1);
    expect(text(regions[0])).to.contain('You scored');
  });
});
