import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Module, Question } from '../../../src/content/types.js';
import '../../../src/components/check/fl-knowledge-check.js';
import '../../../src/components/question/fl-question.js';
import type { FlKnowledgeCheck } from '../../../src/components/check/fl-knowledge-check.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, deepActive, option, settled } from './helpers.js';

// Officers use 360 px phones; WCAG 1.4.10 asks for reflow at 320 px.
const long = 'Incident-reference-AB1234567890-CDEFGHIJKLMNOPQRSTUVWXYZ-without-any-spaces';
const base = { objective: 'o', feedback: { correct: 'Well done.', incorrect: long } };
const questions: Question[] = [
  {
    id: 'q1', objective: 'o', type: 'single', prompt: `Which reference? ${long}`,
    options: [{ id: 'a', text: long, correct: true, feedback: long }, { id: 'b', text: 'Short', feedback: 'No.' }],
  },
  { ...base, id: 'q2', type: 'truefalse', prompt: 'True?', answer: true },
  {
    ...base, id: 'q3', type: 'matching', prompt: 'Match',
    pairs: [
      { id: 'p1', prompt: long, target: { id: 't1', text: `${long} ${long}` } },
      { id: 'p2', prompt: 'Two', target: { id: 't2', text: 'Second' } },
    ],
  },
  { ...base, id: 'q4', type: 'sequencing', prompt: 'Order', items: [{ id: 'x', text: long }, { id: 'y', text: 'Then this' }] },
  {
    ...base, id: 'q5', type: 'branching', prompt: 'Decide',
    steps: [{ id: 's', text: long, choices: [{ id: 'c', text: long, best: true, consequence: long }] }],
  },
];
const module: Module = { id: 'm', title: long, minutes: 5, objectives: [], lessons: [], check: questions, bank: [] };

async function renderCheck(): Promise<FlQuestion[]> {
  const el = await fixture<FlKnowledgeCheck>(html`<fl-knowledge-check .module=${module}></fl-knowledge-check>`);
  const qs = $$<FlQuestion>(el, 'fl-question');
  await Promise.all(qs.map((q) => settled(q)));
  return qs;
}

describe('shared styles', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reflows at 320 px: nothing scrolls sideways, even with long unbroken words', async () => {
    await setViewport({ width: 320, height: 640 });
    await renderCheck();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('reflows at 320 px once answers and feedback are shown', async () => {
    await setViewport({ width: 320, height: 640 });
    const [single] = await renderCheck();
    option(single!, long).input.click();
    await settled(single!);
    single!.checkNow(); // what the check's one Check answers does for each question
    await settled(single!);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('gives every button, choice row and select a touch target of at least 44 px at 360 px', async () => {
    await setViewport({ width: 360, height: 640 });
    const qs = await renderCheck();
    const targets = qs.flatMap((q) => $$(q, 'button, label.option, select'));
    expect(targets.length).to.be.greaterThan(8);
    for (const t of targets) {
      const box = t.getBoundingClientRect();
      expect(box.height, t.outerHTML.slice(0, 80)).to.be.at.least(44);
      expect(box.width, t.outerHTML.slice(0, 80)).to.be.at.least(44);
    }
  });

  it('draws a focus outline of at least 2 px for keyboard users', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${questions[0]}></fl-question>`);
    await sendKeys({ press: 'Tab' });
    const focused = deepActive() as HTMLElement;
    expect(focused.localName).to.equal('input');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    void el;
  });

  it('drops transitions when the learner prefers reduced motion', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${questions[0]}></fl-question>`);
    const check = $(el, 'button.check');
    expect(getComputedStyle(check).transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(check).transitionDuration).to.equal('0s');
  });
});
