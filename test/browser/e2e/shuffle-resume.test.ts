/**
 * Issue 11, deliver 1: knowledge checks and lesson scenarios are shuffled per
 * learner, and a learner who leaves and comes back sees every question's
 * options in the order they saw before, in each package: SCORM 1.2 and 2004
 * against scorm-again, xAPI against the test LRS, cmi5 against the cmi5 test
 * LMS, and the web build in the browser's own storage.
 */
import { expect } from '@open-wc/testing';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import type { Question } from '../../../src/content/types.js';
import type { Place } from '../../../src/session/places.js';
import { branchChoiceKey } from '../../../src/session/shuffle.js';
import { openPackage, statementsWhen, until, verbName, xapiLaunch, type PackageFrame } from '../xapi/lrs-host.js';
import { launchAu } from '../cmi5/cmi5-host.js';
import { launch, type LmsSession } from './lms-host.js';
import { buttonNamed, click, contentShown, currentView, saveAndExit, t, visibleQuestions } from './learner.js';
import { STANDARDS } from './spec-table.js';
import { nextTask } from '../../support/settle.js';

const settle = () => nextTask();

/** The lesson with a shuffled scenario question and the module with a knowledge check, in the real course. */
function placesToCheck(player: FlPlayer): Place[] {
  const { map, course } = player.controller!.session;
  const scenario = map.lessons.find(({ lesson }) => lesson.blocks.some((b) => b.kind === 'scenario' && b.question.type !== 'truefalse'))!;
  const checked = course.modules.find((m) => m.check.some((q) => q.type === 'single' || q.type === 'multiple'))!;
  return [{ view: 'lesson', id: scenario.lesson.id }, { view: 'check', id: checked.id }];
}

/** Question id → the ids of its options (or the first step's choices) in the order on screen. */
async function shownOrders(player: FlPlayer, place: Place): Promise<Record<string, string[]>> {
  player.controller!.go(place);
  await contentShown(player);
  await (currentView(player) as { updateComplete?: Promise<unknown> }).updateComplete;
  await settle();
  const shown: Record<string, string[]> = {};
  for (const q of visibleQuestions(player)) {
    await q.updateComplete;
    const root = q.shadowRoot!;
    const inputs = [...root.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    const choices = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')].map((b) => b.dataset.choice!);
    shown[q.question.id] = inputs.length > 0 ? inputs : choices;
  }
  return shown;
}

/** The authored order of what `shownOrders` reads. */
function authored(q: Question): string[] {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => o.id);
  if (q.type === 'truefalse') return ['true', 'false'];
  if (q.type === 'branching') return q.steps[0]!.choices.map((c) => c.id);
  return [];
}

async function ordersAt(player: FlPlayer, places: Place[]): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const place of places) Object.assign(all, await shownOrders(player, place));
  return all;
}

/** A resumed learner answers the resume prompt first, as they would. */
async function continueIfAsked(player: FlPlayer): Promise<void> {
  await player.updateComplete;
  const resume = buttonNamed(player.shadowRoot!, t.resumeContinue);
  if (resume) await click(resume, 'Continue where you left off');
  await player.updateComplete;
}

/** Checks what the learner saw before leaving against what they see after coming back. */
function expectSameShuffledOrders(player: FlPlayer, before: Record<string, string[]>, after: Record<string, string[]>): void {
  expect(Object.keys(before).length, 'questions on the pages looked at').to.be.greaterThan(1);
  expect(after).to.deep.equal(before);
  const { map } = player.controller!.session;
  const questions = Object.keys(before).map((id) => map.question(id)!.question);
  for (const q of questions) {
    if (q.type === 'truefalse') expect(before[q.id], `${q.id}: True before False`).to.deep.equal(['true', 'false']);
    else expect([...before[q.id]!].sort(), q.id).to.deep.equal([...authored(q)].sort());
  }
  // With several shuffled questions, some show an order other than the authored one.
  expect(questions.some((q) => before[q.id]!.join() !== authored(q).join()), 'shuffled, not authored order').to.equal(true);
  // The order on screen is the learner's saved one.
  for (const q of questions.filter((q) => q.type === 'single')) {
    expect(before[q.id]).to.deep.equal(player.controller!.session.practiceOrders().get(q.id));
  }
  for (const q of questions.filter((q) => q.type === 'branching')) {
    const first = q.type === 'branching' ? q.steps[0]! : undefined;
    expect(before[q.id]!.map((c) => branchChoiceKey(first!.id, c))).to.deep.equal(
      player.controller!.session.practiceOrders().get(q.id)!.slice(0, first!.choices.length),
    );
  }
}

for (const standard of STANDARDS) {
  describe(`${standard}: shuffled checks and scenarios after a resume`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('the learner sees the same option order in a scenario and a knowledge check after leaving and coming back', async () => {
      s = await launch(standard);
      const places = placesToCheck(s.player());
      const before = await ordersAt(s.player(), places);
      await saveAndExit(s.player());
      s = await launch(standard, { previous: s.lastCommitted() });
      expect(s.player().controller!.session.resumed).to.equal(true);
      await continueIfAsked(s.player());
      expectSameShuffledOrders(s.player(), before, await ordersAt(s.player(), places));
    });
  });
}

describe('xAPI, cmi5 and web: shuffled checks and scenarios after a resume', () => {
  let p: PackageFrame | undefined;
  afterEach(() => p?.close());

  it('xAPI: the same option order when the learner relaunches the registration', async () => {
    const { query } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const places = placesToCheck(p.player());
    const before = await ordersAt(p.player(), places);
    await saveAndExit(p.player());
    p.close();
    p = await openPackage('xapi', query);
    expect(p.player().controller!.session.resumed).to.equal(true);
    await continueIfAsked(p.player());
    expectSameShuffledOrders(p.player(), before, await ordersAt(p.player(), places));
  });

  it('cmi5: the same option order when the LMS launches the registration again', async () => {
    const first = await launchAu();
    p = first.frame;
    const places = placesToCheck(p.player());
    const before = await ordersAt(p.player(), places);
    await saveAndExit(p.player());
    const { registration, sessionId } = first.session;
    await statementsWhen(registration, (all) => all.some((x) => x['context']?.['extensions']?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === sessionId && verbName(x) === 'terminated'), 'terminated is stored');
    p.close();
    p = (await launchAu({ registration })).frame;
    expect(p.player().controller!.session.resumed).to.equal(true);
    await continueIfAsked(p.player());
    expectSameShuffledOrders(p.player(), before, await ordersAt(p.player(), places));
  });

  it('web build: the same option order after a reload', async () => {
    localStorage.clear();
    p = await openPackage('web', {});
    const places = placesToCheck(p.player());
    const before = await ordersAt(p.player(), places);
    // Opening a lesson is saved once its screen is painted.
    await new Promise((r) => setTimeout(r, 100));
    const reloaded = new Promise((resolve) => p!.frame.addEventListener('load', resolve, { once: true }));
    p.win.location.reload();
    await reloaded;
    await until(() => p!.player()?.controller?.contentStatus() === 'ready', 'the reloaded player started with its content');
    expect(p.player().controller!.session.resumed).to.equal(true);
    await continueIfAsked(p.player());
    expectSameShuffledOrders(p.player(), before, await ordersAt(p.player(), places));
  });
});
