import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TrueFalseQuestion } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import type { ResponseChangeEvent } from '../../../src/components/events/response-change-event.js';
import '../../../src/components/question/fl-question.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, option, record, settled, text } from './helpers.js';

const tf: TrueFalseQuestion = {
  id: 'q_id_check',
  objective: 'o_access',
  type: 'truefalse',
  prompt: 'You may let a contractor in without ID if a colleague vouches for them.',
  answer: false,
  feedback: { correct: 'Right: everyone shows ID, every time.', incorrect: 'No: ID is checked for everyone.' },
};

describe('<fl-question> true/false', () => {
  it('is accessible before answering, once checked and in review', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${tf}></fl-question>`);
    await expect(el).to.be.accessible();
    option(el, 'True').input.click();
    await settled(el);
    button(el, 'Check answer').click();
    await settled(el);
    await expect(el).to.be.accessible();
    const review = await fixture<FlQuestion>(
      html`<fl-question .question=${tf} mode="review" .response=${{ type: 'truefalse', value: true }}></fl-question>`,
    );
    await expect(review).to.be.accessible();
  });

  it('offers exactly two radios, True then False', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${tf}></fl-question>`);
    expect($$(el, 'input[type="radio"]').map((i) => text(i.closest('label')))).to.deep.equal(['True', 'False']);
  });

  it('answers with a boolean and shows the question-level feedback', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${tf}></fl-question>`);
    option(el, 'False').input.click();
    await settled(el);
    const event = oneEvent(el, 'fl-answer') as Promise<AnswerEvent>;
    button(el, 'Check answer').click();
    expect((await event).response).to.deep.equal({ type: 'truefalse', value: false });
    await settled(el);
    expect(text($(el, '.feedback'))).to.equal('Correct Right: everyone shows ID, every time.');
  });

  it('marks False as the correct answer when the learner chose True', async () => {
    const el = await fixture<FlQuestion>(
      html`<fl-question .question=${tf} mode="review" .response=${{ type: 'truefalse', value: true }}></fl-question>`,
    );
    expect(text(option(el, 'False').label)).to.contain('Correct answer');
    expect(text(option(el, 'True').label)).to.contain('Your answer');
    expect(text($(el, '.feedback'))).to.equal('Not quite No: ID is checked for everyone.');
  });

  it('reports the value in test mode', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${tf} mode="test"></fl-question>`);
    const events = record<ResponseChangeEvent>(el, 'fl-response-change');
    option(el, 'True').input.click();
    await settled(el);
    expect(events.map((e) => e.response)).to.deep.equal([{ type: 'truefalse', value: true }]);
  });
});
