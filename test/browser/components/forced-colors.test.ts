/**
 * The player in Windows High Contrast (CSS `forced-colors: active`), emulated
 * through puppeteer by the `forced-colors` server command in
 * web-test-runner.config.mjs. The browser replaces every colour with a few
 * system colours and drops backgrounds and shadows, so whatever told things
 * apart by colour alone is gone. These tests read the computed styles a
 * high-contrast learner actually gets: a focus ring, control edges, and the
 * current page, chosen option, right/wrong feedback and progress told apart
 * by shape or text (WCAG 2.2 SC 1.4.1, 1.4.11, 2.4.7).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { CourseController } from '../../../src/session/course-controller.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import { en } from '../../../src/components/i18n/en.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { focused, tabTo } from '../e2e/keyboard-learner.js';
import { buttonNamed, click, currentView, deepAll, visibleQuestions } from '../e2e/learner.js';
import { option, text } from './helpers.js';
import { renderedAndPainted } from '../../support/settle.js';


async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
}

async function mount(): Promise<{ player: FlPlayer; controller: CourseController }> {
  sessionStorage.clear();
  const controller = await CourseController.launch({ course: sampleCourse(), tracker: createOfflineTracker(sessionStorage, 'forced-colors-test'), win: window });
  controller.begin(); // past the cover, to the first lesson
  const player = await fixture<FlPlayer>(html`<fl-player .controller=${controller}></fl-player>`);
  await settle(player);
  return { player, controller };
}

/** Every Lit element on screen has rendered, laid out and painted. */
const settle = (player: FlPlayer): Promise<void> => renderedAndPainted(() => player);

const nav = (player: FlPlayer) => player.shadowRoot!.querySelector('fl-course-nav')!;
const shown = (el: Element) => el.getClientRects().length > 0;
const px = (value: string) => parseFloat(value) || 0;
/** A computed colour a learner can see: not `transparent` or alpha 0. */
const opaque = (colour: string) => colour !== 'transparent' && !/^rgba\(.*,\s*0(\.0+)?\)$/.test(colour);

/** An edge drawn around the element: a border or an outline with width, style and a visible colour. */
function boundary(el: Element): string | null {
  const s = getComputedStyle(el);
  if (s.borderTopStyle !== 'none' && px(s.borderTopWidth) >= 1 && opaque(s.borderTopColor)) return `border ${s.borderTopWidth} ${s.borderTopStyle}`;
  if (s.outlineStyle !== 'none' && px(s.outlineWidth) >= 1 && opaque(s.outlineColor)) return `outline ${s.outlineWidth} ${s.outlineStyle}`;
  return null;
}

/** What survives forced colours: shape and weight, never colour or background. */
function shape(el: Element): Record<string, string> {
  const s = getComputedStyle(el);
  return {
    border: `${s.borderTopWidth} ${s.borderTopStyle} / ${s.borderLeftWidth} ${s.borderLeftStyle}`,
    outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineWidth} ${s.outlineStyle}`,
    fontWeight: s.fontWeight,
    textDecoration: s.textDecorationLine,
  };
}

describe('forced colours (Windows High Contrast)', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await forcedColors(true);
    // If the emulation did not take, every check below would be testing the normal colours.
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
  });

  afterEach(async () => {
    await forcedColors(false);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are off again').to.equal(false);
  });

  it('really forces the colours: the author\'s blue buttons become system colours', async () => {
    const { player } = await mount();
    const next = player.shadowRoot!.querySelector<HTMLButtonElement>('.pager .primary')!;
    // Unforced, the primary button is white on the accent blue #0b5cad.
    expect(getComputedStyle(next).backgroundColor).to.not.equal('rgb(11, 92, 173)');
    await expect(player).to.be.accessible();
  });

  it('shows a focus ring of at least 2 px on a button reached with the keyboard (SC 2.4.7)', async () => {
    const { player } = await mount();
    const next = player.shadowRoot!.querySelector<HTMLButtonElement>('.pager .primary')!;
    await tabTo(next, 'the Next button');
    expect(focused(document)).to.equal(next);
    expect(next.matches(':focus-visible'), 'keyboard focus is :focus-visible').to.equal(true);
    const s = getComputedStyle(next);
    expect(s.outlineStyle, 'outline style').to.not.equal('none');
    expect(px(s.outlineWidth), 'outline width').to.be.at.least(2);
    expect(opaque(s.outlineColor), `outline colour ${s.outlineColor}`).to.equal(true);
    // A current-page link in the contents too: it already has a border, the ring must still be added.
    const current = nav(player).shadowRoot!.querySelector<HTMLButtonElement>('[aria-current="page"]')!;
    await tabTo(current, 'the current page in the contents');
    expect(px(getComputedStyle(current).outlineWidth), 'contents link outline width').to.be.at.least(2);
  });

  it('shows a focus ring on an answer option reached with the keyboard (SC 2.4.7)', async () => {
    const { player, controller } = await mount();
    controller.go({ view: 'check', id: 'm1' });
    await settle(player);
    const q = visibleQuestions(player)[0]!;
    const radio = q.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    await tabTo(radio, 'the first answer option');
    const s = getComputedStyle(radio);
    expect(s.outlineStyle).to.not.equal('none');
    expect(px(s.outlineWidth)).to.be.at.least(2);
  });

  it('keeps an edge on every button and answer option, since backgrounds are removed (SC 1.4.11)', async () => {
    const { player, controller } = await mount();
    controller.go({ view: 'check', id: 'm1' });
    await settle(player);
    const buttons = deepAll<HTMLButtonElement>(player.shadowRoot!, 'button').filter(shown);
    const options = deepAll<HTMLLabelElement>(player.shadowRoot!, 'label.option').filter(shown);
    expect(buttons.length, 'buttons on screen').to.be.at.least(8);
    expect(options.length, 'answer options on screen').to.be.at.least(3);
    const edgeless = [...buttons, ...options].filter((el) => boundary(el) === null).map((el) => text(el));
    expect(edgeless, 'controls with no visible edge').to.deep.equal([]);
  });

  it('marks the current page in the contents by more than colour (SC 1.4.1)', async () => {
    const { player, controller } = await mount();
    controller.go({ view: 'lesson', id: 'l2' });
    await settle(player);
    const links = [...nav(player).shadowRoot!.querySelectorAll<HTMLButtonElement>('button.link')];
    const current = links.filter((b) => b.getAttribute('aria-current') === 'page');
    expect(current.map(text)).to.deep.equal(['Lesson two Opened']);
    const currentShape = shape(current[0]!);
    for (const other of links.filter((b) => b !== current[0])) {
      expect(currentShape, `"Lesson two" (current) looks like "${text(other)}"`).to.not.deep.equal(shape(other));
    }
    await executeServerCommand('save-screenshot', { name: 'forced-colors-contents' });
    await expect(player).to.be.accessible();
  });

  it('shows which answer option is chosen by more than a background (SC 1.4.1)', async () => {
    const { player, controller } = await mount();
    controller.go({ view: 'check', id: 'm1' });
    await settle(player);
    const q = visibleQuestions(player)[0]!;
    await click(option(q, 'Also wrong').input, 'the option "Also wrong"');
    await settle(player);
    const chosen = option(q, 'Also wrong').label;
    expect(chosen.classList.contains('option--chosen')).to.equal(true);
    for (const name of ['Right', 'Wrong']) {
      expect(shape(chosen), `the chosen option looks like "${name}"`).to.not.deep.equal(shape(option(q, name).label));
    }
    await expect(player).to.be.accessible();
  });

  it('tells right from wrong feedback by words, icons and edges, not colour (SC 1.4.1)', async () => {
    const { player, controller } = await mount();
    controller.go({ view: 'check', id: 'm1' });
    await settle(player);
    const [first, second] = visibleQuestions(player);
    for (const [q, pick] of [[first!, 'Wrong'], [second!, 'Right']] as const) {
      await click(option(q, pick).input, `the option "${pick}"`);
      await settle(player);
    }
    await click(buttonNamed(currentView(player).shadowRoot!, en.checkAnswers), 'Check answers');
    await settle(player);
    const result = (q: HTMLElement) => q.shadowRoot!.querySelector<HTMLElement>('.result')!;
    const icon = (el: Element) => el.querySelector('svg.icon')!;
    expect(text(result(first!))).to.equal(en.incorrect);
    expect(text(result(second!))).to.equal(en.correct);
    for (const r of [result(first!), result(second!)]) {
      const svg = icon(r);
      const box = svg.getBoundingClientRect();
      expect(box.width, 'icon width').to.be.at.least(16);
      const stroke = getComputedStyle(svg.querySelector('path')!).stroke;
      expect(opaque(stroke), `icon stroke ${stroke}`).to.equal(true);
      expect(boundary(r.closest('.feedback')!), 'the feedback box has an edge').to.not.equal(null);
    }
    // The tick and the cross are different drawings, not one shape in two colours.
    expect(icon(result(first!)).innerHTML).to.not.equal(icon(result(second!)).innerHTML);

    // In the wrong answer: the learner's choice and the right one are named in words, and the right row has a heavier edge.
    const wrong = option(first!, 'Wrong').label;
    const right = option(first!, 'Right').label;
    expect(text(wrong.querySelector('.marks'))).to.equal(en.yourAnswer);
    expect(text(right.querySelector('.marks'))).to.equal(en.correctAnswer);
    expect(px(getComputedStyle(right).borderTopWidth), 'the correct row\'s edge').to.be.greaterThan(px(getComputedStyle(option(first!, 'Also wrong').label).borderTopWidth));

    first!.scrollIntoView({ block: 'start' });
    await settle(player);
    await executeServerCommand('save-screenshot', { name: 'forced-colors-feedback' });
    await expect(player).to.be.accessible();
  });

  it('shows course progress as a number beside the bar, not only as a coloured fill (SC 1.4.1)', async () => {
    const { player, controller } = await mount();
    controller.go({ view: 'lesson', id: 'l2' });
    await settle(player);
    const progress = player.shadowRoot!.querySelector('progress')!;
    expect(progress.value).to.be.greaterThan(0);
    const bar = progress.getBoundingClientRect();
    expect(bar.width, 'bar width').to.be.at.least(40);
    // Native bars draw their track edge and fill in system colours; an author background or border would replace that.
    expect(getComputedStyle(progress).appearance, 'the native bar').to.equal('auto');
    const figure = progress.nextElementSibling as HTMLElement;
    expect(text(figure)).to.equal(`${progress.value}%`);
    const box = figure.getBoundingClientRect();
    expect(box.width > 0 && box.height > 0, 'the percentage is on screen').to.equal(true);
    expect(Math.abs(box.top + box.height / 2 - (bar.top + bar.height / 2)), 'the percentage sits beside the bar').to.be.below(bar.height + box.height);
    expect(getComputedStyle(figure).color, 'the percentage is not drawn in the background colour').to.not.equal(getComputedStyle(player.shadowRoot!.querySelector('header')!).backgroundColor);
  });
});
