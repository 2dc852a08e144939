/**
 * Plays the course with the keyboard alone: Tab to reach a control, arrows to
 * move within a radio group or select, Space to tick, Enter to press. Real key
 * events through the browser (sendKeys), never element.click().
 */
import { sendKeys } from '@web/test-runner-commands';
import type { Question } from '../../../src/content/types.js';
import { correctResponse } from '../../../src/content/correctness.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { en } from '../../../src/components/i18n/en.js';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { buttonNamed, currentView, visibleQuestions } from './learner.js';

type QuestionElement = HTMLElement & { question: Question; mode: string; updateComplete: Promise<unknown> };

const settle = () => new Promise((r) => setTimeout(r, 0));

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
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
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
    case 'single': {
      const want = question.options.find((o) => (right ? o.correct : !o.correct))!.id;
      await chooseRadio(root, inputs().findIndex((i) => i.value === want));
      break;
    }
    case 'truefalse': {
      const want = String(right ? question.answer : !question.answer);
      await chooseRadio(root, inputs().findIndex((i) => i.value === want));
      break;
    }
    case 'multiple': {
      const picks = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const pick of picks) {
        await tabTo(inputs().find((i) => i.value === pick.id), `checkbox ${pick.id}`);
        await press('Space');
      }
      break;
    }
    case 'matching':
      for (const [i, pair] of question.pairs.entries()) {
        const select = root.querySelector<HTMLSelectElement>(`#match-${pair.id}`)!;
        const targets = question.pairs.map((p) => p.target.id);
        const want = right ? pair.target.id : targets[(i + 1) % targets.length]!;
        await tabTo(select, `the select for ${pair.id}`);
        const steps = [...select.options].findIndex((o) => o.value === want) - select.selectedIndex;
        for (let s = 0; s < steps; s++) await press('ArrowDown');
        await q.updateComplete;
      }
      break;
    case 'sequencing': {
      const wanted = question.items.map((i) => i.id);
      if (!right) [wanted[0], wanted[1]] = [wanted[1]!, wanted[0]!];
      for (const [place, id] of wanted.entries()) {
        for (let guard = 0; guard < 10; guard++) {
          const order = [...root.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset.item);
          if (order.indexOf(id) <= place) break;
          const up = root.querySelector<HTMLButtonElement>(`[data-item="${id}"] [data-dir="up"]`);
          if (focused(document) !== up) await tabTo(up, `Move up ${id}`);
          await press('Enter');
          await q.updateComplete;
        }
      }
      break;
    }
    case 'branching': {
      const best = correctResponse(question);
      for (let guard = 0; guard < 10; guard++) {
        const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')].filter((b) => !b.disabled);
        if (buttons.length === 0) break;
        const step = question.steps.find((s) => s.choices.some((c) => c.id === buttons[0]!.dataset.choice))!;
        const pick = right
          ? best.type === 'branching' && best.path.find((d) => d.step === step.id)?.choice
          : step.choices.find((c) => !c.best)?.id;
        await activate(buttons.find((b) => b.dataset.choice === pick), `choice ${pick}`);
        await q.updateComplete;
        const next = root.querySelector<HTMLButtonElement>('[data-action="continue"]');
        if (!next) break;
        await activate(next, 'Continue');
        await q.updateComplete;
      }
      break;
    }
  }
  await q.updateComplete;
  await settle();
}

/** Reads every page with Tab + Enter on Next, answering practice questions, until the assessment. */
export async function readToAssessmentByKeyboard(player: FlPlayer): Promise<void> {
  for (let pages = 0; pages < 200; pages++) {
    await player.updateComplete;
    await (currentView(player) as { updateComplete?: Promise<unknown> }).updateComplete;
    if (player.controller?.place.view === 'assessment') return;
    for (const q of visibleQuestions(player)) {
      const check = buttonNamed(q.shadowRoot!, en.checkAnswer);
      if (q.mode !== 'practice' || (!check && q.question.type !== 'branching')) continue;
      await answerByKeyboard(q, true);
      if (check) await activate(check, 'Check answer');
      await q.updateComplete;
    }
    await activate(buttonNamed(player.shadowRoot!, enPlayer.next), 'Next');
  }
  throw new Error('Never reached the assessment');
}

export async function takeAssessmentByKeyboard(player: FlPlayer): Promise<void> {
  for (const q of visibleQuestions(player)) await answerByKeyboard(q, true);
  await activate(buttonNamed(currentView(player).shadowRoot!, enPlayer.submit), 'Submit answers');
  await player.updateComplete;
}

export { activate, press };
