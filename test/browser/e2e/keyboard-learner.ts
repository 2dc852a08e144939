/**
 * Plays the course with the keyboard alone: Tab to reach a control, arrows to
 * move within a radio group or select, Space to tick, Enter to press. Real key
 * events through the browser (sendKeys), never element.click().
 */
import { sendKeys } from '@web/test-runner-commands';
import type { Question } from '../../../src/content/types.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { buttonNamed, choiceButtons, confirmOrderButton, currentView, intended, itemOrder, moveUpButton, t, unchecked, visibleQuestions } from './learner.js';
import { nextTask } from '../../support/settle.js';

type QuestionElement = HTMLElement & { question: Question; mode: string; updateComplete: Promise<unknown> };

const settle = () => nextTask();

/** Key presses sent so far: the measure of how much work the course asks of a keyboard user. */
export const keyPresses = { count: 0 };

async function key(name: string): Promise<void> {
  keyPresses.count++;
  await sendKeys({ press: name });
}

/** The focused element, looking through iframes' documents and shadow roots. */
export function focused(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (;;) {
    if (el instanceof HTMLIFrameElement && el.contentDocument) el = el.contentDocument.activeElement;
    else if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    else return el;
  }
}

/** Presses Tab until `target` has focus. */
export async function tabTo(target: Element | undefined | null, what: string, limit = 400): Promise<void> {
  if (!target) throw new Error(`Nothing to tab to: ${what}`);
  for (let i = 0; i < limit; i++) {
    if (focused(document) === target) return;
    await key('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

async function press(name: string): Promise<void> {
  await key(name);
  await settle();
}

async function activate(target: Element | undefined | null, what: string): Promise<void> {
  await tabTo(target, what);
  await press('Enter');
}

/** Checks radio `index` of a group: Tab lands on the group, arrows move and check (HTML radio group behaviour). */
async function chooseRadio(root: ShadowRoot, index: number): Promise<void> {
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  await tabTo(radios.find((r) => r.checked) ?? radios[0], 'the radio group');
  if (index === 0) await press('Space');
  for (let i = 0; i < index; i++) await press('ArrowDown');
}

export async function answerByKeyboard(q: QuestionElement, right: boolean): Promise<void> {
  const root = q.shadowRoot!;
  const question = q.question;
  const inputs = () => [...root.querySelectorAll<HTMLInputElement>('input')];
  switch (question.type) {
    case 'single':
      await chooseRadio(root, inputs().findIndex((i) => i.value === intended.options(question, right)[0]));
      break;
    case 'truefalse':
      await chooseRadio(root, inputs().findIndex((i) => i.value === intended.truth(question, right)));
      break;
    case 'multiple': {
      // Down the list as shown (options may be shuffled): Tab only goes forward.
      const wanted = intended.options(question, right);
      for (const id of inputs().map((i) => i.value).filter((v) => wanted.includes(v))) {
        await tabTo(inputs().find((i) => i.value === id), `checkbox ${id}`);
        await press('Space');
      }
      break;
    }
    case 'matching':
      for (const [i, pair] of question.pairs.entries()) {
        const select = root.querySelector<HTMLSelectElement>(`#match-${pair.id}`)!;
        await tabTo(select, `the select for ${pair.id}`);
        const want = intended.target(question, i, right);
        const steps = [...select.options].findIndex((o) => o.value === want) - select.selectedIndex;
        for (let s = 0; s < steps; s++) await press('ArrowDown');
        await q.updateComplete;
      }
      break;
    case 'sequencing':
      for (const [place, id] of intended.order(question, right).entries()) {
        while (itemOrder(root).indexOf(id) > place) {
          const up = moveUpButton(root, id);
          // After a move, focus stays on the moved item's button: Enter again without tabbing.
          if (focused(document) !== up) await tabTo(up, `Move up ${id}`);
          await press('Enter');
          await q.updateComplete;
        }
      }
      if (confirmOrderButton(root)) await activate(confirmOrderButton(root), t.confirmOrder);
      break;
    case 'branching':
      for (let buttons = choiceButtons(root); buttons.length > 0; buttons = choiceButtons(root)) {
        const pick = intended.choice(question, buttons[0]!.dataset.choice!, right);
        await activate(buttons.find((b) => b.dataset.choice === pick), `choice ${pick}`);
        await q.updateComplete;
        const next = root.querySelector<HTMLButtonElement>('[data-action="continue"]');
        if (!next) break;
        await activate(next, 'Continue');
        await q.updateComplete;
      }
      break;
  }
  await q.updateComplete;
  await settle();
}

/** Reads every page with Tab + Enter on Next, answering practice questions, until the assessment. */
export async function readToAssessmentByKeyboard(player: FlPlayer): Promise<void> {
  await player.updateComplete;
  // The cover comes first: Start.
  const cover = player.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#view > fl-cover');
  if (cover) {
    await cover.updateComplete;
    await activate(buttonNamed(cover.shadowRoot!, t.coverStart), 'Start');
  }
  for (let pages = 0; pages < 200; pages++) {
    await player.updateComplete;
    await (currentView(player) as { updateComplete?: Promise<unknown> }).updateComplete;
    if (player.controller?.place.view === 'assessment') return;
    for (const q of visibleQuestions(player)) {
      if (!unchecked(q)) continue;
      await answerByKeyboard(q, true);
      const check = buttonNamed(q.shadowRoot!, t.checkAnswer);
      if (check) await activate(check, 'Check answer');
      await q.updateComplete;
    }
    const checkAll = buttonNamed(currentView(player).shadowRoot!, t.checkAnswers);
    if (checkAll) await activate(checkAll, 'Check answers');
    await activate(buttonNamed(player.shadowRoot!, t.next), 'Next');
  }
  throw new Error('Never reached the assessment');
}

/** Answers every question right (paged: the one on screen, then Next question), then submits. */
export async function takeAssessmentByKeyboard(player: FlPlayer): Promise<void> {
  const view = currentView(player);
  for (;;) {
    for (const q of visibleQuestions(player)) await answerByKeyboard(q, true);
    const next = buttonNamed(view.shadowRoot!, t.nextQuestion);
    if (!next || next.disabled) break;
    await activate(next, 'Next question');
    await (view as { updateComplete?: Promise<unknown> }).updateComplete;
  }
  await activate(buttonNamed(view.shadowRoot!, t.submit), 'Submit answers');
  await player.updateComplete;
}

export { activate, press };
