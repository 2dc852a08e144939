/**
 * Plays the course as a learner would: clicks Next, chooses answers by
 * clicking radios and buttons and picking from selects, presses Check and
 * Submit. It looks up the right answer in the question's content, as a
 * learner who studied would know it.
 */
import type { Question } from '../../../src/content/types.js';
import { correctResponse } from '../../../src/content/correctness.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { english, type Catalogue } from '../../../src/components/i18n/strings.js';
import { nextTask, settled } from '../../support/settle.js';
import { deepAll } from '../../support/shadow-dom.js';

type QuestionElement = HTMLElement & { question: Question; mode: string; updateComplete: Promise<unknown> };
type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

const settle = () => nextTask();

/** The interface language the learner reads buttons in (they click by visible name). */
export let t: Catalogue = english;
export function readIn(catalogue: Catalogue): void {
  t = catalogue;
}

/** Every element matching `selector` below `root`, looking inside shadow roots. */
export { deepAll };

export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return deepAll<HTMLButtonElement>(root, 'button').find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  );
}

/** The player shows its place's content (a package loads each module's on demand): what a learner waits for before reading. */
export async function contentShown(player: FlPlayer): Promise<void> {
  const start = performance.now();
  while (player.controller && player.controller.contentStatus() !== 'ready') {
    if (performance.now() - start > 10_000) throw new Error(`The content of ${JSON.stringify(player.controller.place)} never loaded`);
    await nextTask(20);
  }
  // And the views it needs, which load on demand too (src/components/lazy/).
  await settled(player, 0, 10_000);
}

async function updated(el: Updating | null | undefined): Promise<void> {
  if (el && 'controller' in el) await contentShown(el as FlPlayer);
  await el?.updateComplete;
  await settle();
}

export async function click(el: HTMLElement | undefined, what: string): Promise<void> {
  if (!el) throw new Error(`No ${what} to click`);
  el.click();
  await settle();
}

/** What a learner intends to answer: the right answer, or a plausible wrong one. Shared by the mouse and keyboard drivers. */
export const intended = {
  options(question: Extract<Question, { type: 'single' | 'multiple' }>, right: boolean): string[] {
    const correct = question.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = question.options.find((o) => !o.correct)!.id;
    return right ? (question.type === 'single' ? correct.slice(0, 1) : correct) : [wrong];
  },
  truth(question: Extract<Question, { type: 'truefalse' }>, right: boolean): string {
    return String(right ? question.answer : !question.answer);
  },
  /** Target for pair `index`: its own, or the next pair's. */
  target(question: Extract<Question, { type: 'matching' }>, index: number, right: boolean): string {
    const targets = question.pairs.map((p) => p.target.id);
    return right ? targets[index]! : targets[(index + 1) % targets.length]!;
  },
  /** The authored order, or it with the first two swapped. */
  order(question: Extract<Question, { type: 'sequencing' }>, right: boolean): string[] {
    const wanted = question.items.map((i) => i.id);
    if (!right) [wanted[0], wanted[1]] = [wanted[1]!, wanted[0]!];
    return wanted;
  },
  /** The choice to take at the step whose buttons are on screen. */
  choice(question: Extract<Question, { type: 'branching' }>, onScreen: string, right: boolean): string | undefined {
    const step = question.steps.find((s) => s.choices.some((c) => c.id === onScreen))!;
    const best = correctResponse(question);
    return right
      ? best.type === 'branching' ? best.path.find((d) => d.step === step.id)?.choice : undefined
      : step.choices.find((c) => !c.best)?.id;
  },
};

/** Chooses an answer in the question's own controls: the right one, or a wrong one. */
export async function answer(q: QuestionElement, right: boolean): Promise<void> {
  const root = q.shadowRoot!;
  const question = q.question;
  const input = (value: string) => root.querySelector<HTMLInputElement>(`input[value="${value}"]`) ?? undefined;
  switch (question.type) {
    case 'single':
    case 'multiple':
      for (const id of intended.options(question, right)) await click(input(id), `option ${id}`);
      break;
    case 'truefalse':
      await click(input(intended.truth(question, right)), 'true/false');
      break;
    case 'matching':
      for (const [i, pair] of question.pairs.entries()) {
        const select = root.querySelector<HTMLSelectElement>(`#match-${pair.id}`)!;
        select.value = intended.target(question, i, right);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await updated(q);
      }
      break;
    case 'sequencing':
      // Move each item up until it reaches its place, with the Move up buttons.
      for (const [target, id] of intended.order(question, right).entries()) {
        while (itemOrder(root).indexOf(id) > target) {
          await click(moveUpButton(root, id), 'move up');
          await updated(q);
        }
      }
      // In a test an order the learner never moved counts once confirmed.
      if (confirmOrderButton(root)) await click(confirmOrderButton(root), t.confirmOrder);
      break;
    case 'branching':
      for (let buttons = choiceButtons(root); buttons.length > 0; buttons = choiceButtons(root)) {
        const pick = intended.choice(question, buttons[0]!.dataset.choice!, right);
        await click(buttons.find((b) => b.dataset.choice === pick), `choice ${pick}`);
        await updated(q);
        const next = root.querySelector<HTMLButtonElement>('[data-action="continue"]');
        if (!next) break;
        await click(next, 'Continue');
        await updated(q);
      }
      break;
  }
  await updated(q);
}

export const itemOrder = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset.item);
export const moveUpButton = (root: ShadowRoot, id: string) =>
  root.querySelector<HTMLButtonElement>(`[data-item="${id}"] [data-dir="up"]`) ?? undefined;
export const confirmOrderButton = (root: ShadowRoot) => buttonNamed(root, t.confirmOrder);
/** A practice question whose result is not on screen yet. */
export const unchecked = (q: QuestionElement) => q.mode === 'practice' && q.shadowRoot!.querySelector('.feedback--empty') !== null;
export const choiceButtons = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')].filter((b) => !b.disabled);

export function currentView(player: FlPlayer): Updating {
  return player.shadowRoot!.querySelector<Updating>('#view > *')!;
}

/** Questions shown in the current view (lesson scenarios, knowledge check, assessment). */
export function visibleQuestions(player: FlPlayer): QuestionElement[] {
  return deepAll<QuestionElement>(currentView(player).shadowRoot!, 'fl-question');
}

/**
 * Answers every unchecked practice question on screen, pressing a scenario's
 * own Check answer, then the knowledge check's one Check answers.
 */
export async function practice(player: FlPlayer, right: boolean): Promise<number> {
  let answered = 0;
  for (const q of visibleQuestions(player)) {
    if (!unchecked(q)) continue;
    await answer(q, right);
    const check = buttonNamed(q.shadowRoot!, t.checkAnswer);
    if (check) await click(check, 'Check answer');
    await updated(q);
    answered++;
  }
  const checkAll = buttonNamed(currentView(player).shadowRoot!, t.checkAnswers);
  if (checkAll) {
    await click(checkAll, 'Check answers');
    await updated(currentView(player));
  }
  return answered;
}

/** The cover's (or "You completed this course"'s) element, while the player shows one. */
export function openingScreen(player: FlPlayer): Updating | null {
  return player.shadowRoot!.querySelector<Updating>('#view > fl-cover, #view > fl-completed');
}

/** On the cover: Start (a new learner) or Continue where you left off (a returning one). */
/** Presses the cover's Start (or Continue), named in `strings`: the interface language the course shows. */
export async function startCourse(player: FlPlayer, strings: Catalogue = t): Promise<void> {
  await updated(player);
  const cover = player.shadowRoot!.querySelector<Updating>('#view > fl-cover');
  if (!cover) throw new Error('No cover on screen');
  await updated(cover);
  const root = cover.shadowRoot!;
  await click(buttonNamed(root, strings.coverStart) ?? buttonNamed(root, strings.resumeContinue), 'Start or Continue');
  await updated(player);
  await updated(currentView(player));
}

/** Presses Next until the assessment (answering practice questions on the way); returns practice answers given. */
export async function readToAssessment(player: FlPlayer, options: { right: boolean; stopAfter?: number }): Promise<number> {
  let answered = 0;
  await updated(player);
  if (player.shadowRoot!.querySelector('#view > fl-cover')) await startCourse(player);
  for (let pages = 0; pages < 200; pages++) {
    await updated(player);
    await updated(currentView(player));
    if (player.controller?.place.view === 'assessment') return answered;
    if (options.stopAfter !== undefined && pages >= options.stopAfter) return answered;
    answered += await practice(player, options.right);
    await click(buttonNamed(player.shadowRoot!, t.next), 'Next');
  }
  throw new Error('Never reached the assessment');
}

/**
 * Answers the first `rightCount` assessment questions correctly and the rest
 * wrongly, then submits. In the paged layout it answers the question on
 * screen and presses Next question until the last.
 */
export async function takeAssessment(player: FlPlayer, rightCount: number): Promise<void> {
  await updated(player);
  const view = currentView(player);
  await updated(view);
  if (visibleQuestions(player).length === 0) throw new Error('No assessment questions on screen');
  let n = 0;
  for (;;) {
    for (const q of visibleQuestions(player)) await answer(q, n++ < rightCount);
    const next = buttonNamed(view.shadowRoot!, t.nextQuestion);
    if (!next || next.disabled) break;
    await click(next, 'Next question');
    await updated(view);
  }
  await click(buttonNamed(view.shadowRoot!, t.submit), 'Submit answers');
  await updated(player);
  await updated(currentView(player));
}

/**
 * The header's Save and exit as the learner reaches it: on a phone-sized
 * window inside the Menu, on a wide one in the header itself.
 */
export async function pressSaveAndExit(player: FlPlayer): Promise<void> {
  const root = player.shadowRoot!;
  const wide = root.querySelector<HTMLButtonElement>('header .exit-wide')!;
  if (wide.getClientRects().length > 0) return click(wide, 'Save and exit');
  await click(root.querySelector<HTMLButtonElement>('header .menu-toggle') ?? undefined, 'Menu');
  await updated(player);
  await click(buttonNamed(root.querySelector('#menu')!, t.saveAndExit), 'Save and exit in the menu');
}

export async function saveAndExit(player: FlPlayer): Promise<void> {
  await pressSaveAndExit(player);
  await new Promise((r) => setTimeout(r, 50));
  await updated(player);
}

/** Finish, under the certificate: the session ends. */
export async function finish(player: FlPlayer): Promise<void> {
  await click(player.shadowRoot!.querySelector<HTMLButtonElement>('.pager.finish button') ?? undefined, 'Finish');
  await new Promise((r) => setTimeout(r, 50));
  await updated(player);
}

/** From the results: go to the attestation, tick the statement, confirm. */
export async function attest(player: FlPlayer): Promise<void> {
  await click(buttonNamed(currentView(player).shadowRoot!, t.toAttestation), 'Continue to the attestation');
  await updated(player);
  const view = currentView(player);
  await updated(view);
  await click(view.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? undefined, 'the attestation box');
  await updated(view);
  await click(buttonNamed(view.shadowRoot!, t.attestationConfirm), 'Confirm');
  await updated(player);
  await updated(currentView(player));
}
