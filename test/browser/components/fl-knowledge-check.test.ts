import { expect, fixture, html } from '@open-wc/testing';
import type { Module } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import '../../../src/components/check/fl-knowledge-check.js';
import type { FlKnowledgeCheck } from '../../../src/components/check/fl-knowledge-check.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, deepActive, option, record, settled, text } from './helpers.js';

const module: Module = {
  id: 'm_welcome',
  title: 'Welcoming visitors',
  minutes: 10,
  objectives: [{ id: 'o_greet', text: 'Greet visitors within a few seconds' }],
  lessons: [],
  check: [
    {
      id: 'q_first',
      objective: 'o_greet',
      type: 'single',
      prompt: 'What comes first?',
      options: [
        { id: 'greet', text: 'A greeting', correct: true, feedback: 'Yes, greet first.' },
        { id: 'badge', text: 'Their badge', feedback: 'Greet first, then check.' },
      ],
    },
    {
      id: 'q_phone',
      objective: 'o_greet',
      type: 'truefalse',
      prompt: 'A nod counts as a greeting when you are on the phone.',
      answer: true,
      feedback: { correct: 'Yes.', incorrect: 'A nod is enough.' },
    },
  ],
  bank: [],
};

const render = (answers = {}) =>
  fixture<FlKnowledgeCheck>(html`<fl-knowledge-check .module=${module} .answers=${answers}></fl-knowledge-check>`);

async function questions(el: FlKnowledgeCheck): Promise<FlQuestion[]> {
  const all = $$<FlQuestion>(el, 'fl-question');
  await Promise.all(all.map((q) => settled(q)));
  return all;
}

/** Presses Check answers; both questions must then have sent their answer, in order. */
async function checkAnswers(el: FlKnowledgeCheck, events: AnswerEvent[] & { stop(): void }): Promise<void> {
  button(el, 'Check answers').click();
  await new Promise((r) => setTimeout(r, 0)); // focus moves after the questions re-render
  await settled(el);
  events.stop();
  expect(events.map((e) => e.questionId)).to.deep.equal(['q_first', 'q_phone']);
}

describe('<fl-knowledge-check>', () => {
  it('is accessible, unanswered and with an answer restored', async () => {
    await expect(await render()).to.be.accessible();
    await expect(await render({ q_first: { type: 'single', option: 'badge' } })).to.be.accessible();
  });

  it('titles the page "Knowledge check: <module>" in a focusable h2', async () => {
    const el = await render();
    const h2 = $(el, 'h2');
    expect(text(h2)).to.equal('Knowledge check: Welcoming visitors');
    el.focusHeading();
    expect(deepActive()).to.equal(h2);
  });

  it('shows every check question in practice mode, numbered "Question n of total"', async () => {
    const el = await render();
    const qs = await questions(el);
    expect(qs.map((q) => q.question?.id)).to.deep.equal(['q_first', 'q_phone']);
    expect(qs.every((q) => q.mode === 'practice')).to.equal(true);
    expect(qs.map((q) => text($(q, '.number')))).to.deep.equal(['Question 1 of 2', 'Question 2 of 2']);
    expect(qs.map((q) => $(q, 'legend > *').localName)).to.deep.equal(['h3', 'h3']);
  });

  it('shows restored answers answered and leaves the others open', async () => {
    const el = await render({ q_first: { type: 'single', option: 'badge' } });
    const [first, second] = await questions(el);
    expect(text($(first!, '.feedback'))).to.equal('Not quite Greet first, then check.');
    expect($<HTMLInputElement>(second!, 'input').disabled).to.equal(false);
  });

  it('has one "Check answers" for the whole check, not one per question', async () => {
    const el = await render();
    const qs = await questions(el);
    expect(qs.map((q) => $$(q, 'button').length)).to.deep.equal([0, 0]);
    expect(button(el, 'Check answers')).to.exist;
  });

  it('checks every question at once: one AnswerEvent each, each with its own feedback, focus on the first', async () => {
    const events = record<AnswerEvent>(document, 'fl-answer');
    const el = await render();
    const [first, second] = await questions(el);
    option(first!, 'A greeting').input.click();
    option(second!, 'False').input.click();
    await settled(second!);
    await checkAnswers(el, events);
    expect(text($(first!, '.feedback'))).to.equal('Correct Yes, greet first.');
    expect(text($(second!, '.feedback'))).to.equal('Not quite A nod is enough.');
    expect(deepActive()).to.equal($(first!, '#feedback'));
    expect($$(el, 'button').map((b) => text(b))).to.not.include('Check answers');
    await expect(el).to.be.accessible();
  });

  it('names the questions still unanswered and checks none of them until they are', async () => {
    const events = record<AnswerEvent>(document, 'fl-answer');
    const el = await render();
    const [first, second] = await questions(el);
    option(first!, 'A greeting').input.click();
    await settled(first!);
    button(el, 'Check answers').click();
    await settled(el);
    const problem = $(el, '.problem');
    expect(problem.getAttribute('role')).to.equal('status');
    expect(text(problem)).to.equal('Question 2 is not answered yet. Answer it, then check your answers.');
    expect(events.length).to.equal(0);
    expect(text($(first!, '.feedback'))).to.equal('');

    option(second!, 'True').input.click();
    await settled(second!);
    await checkAnswers(el, events);
    expect(text($(el, '.problem'))).to.equal('');
  });

  it('names several unanswered questions in one sentence', async () => {
    const el = await render();
    button(el, 'Check answers').click();
    await settled(el);
    expect(text($(el, '.problem'))).to.equal('Questions 1 and 2 are not answered yet. Answer them, then check your answers.');
  });
});
