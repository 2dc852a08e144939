import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MultipleResponseQuestion, SingleChoiceQuestion } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import type { ResponseChangeEvent } from '../../../src/components/events/response-change-event.js';
import '../../../src/components/question/fl-question.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, deepActive, option, record, settled, text } from './helpers.js';

const single: SingleChoiceQuestion = {
  id: 'q_greet',
  objective: 'o_greet',
  type: 'single',
  prompt: 'A visitor walks up to your desk. What do you do first?',
  options: [
    { id: 'a', text: 'Keep typing until you finish', feedback: 'The visitor waits and feels ignored.' },
    { id: 'b', text: 'Look up, smile and greet them', correct: true, feedback: 'Yes: a quick greeting shows you have seen them.' },
    { id: 'c', text: 'Point at the sign-in sheet', feedback: 'Pointing without a word feels dismissive.' },
  ],
};

const multiple: MultipleResponseQuestion = {
  id: 'q_signs',
  objective: 'o_signs',
  type: 'multiple',
  prompt: 'Which are signs that a visitor is becoming upset?',
  options: [
    { id: 'voice', text: 'Raised voice', correct: true, feedback: 'A raised voice often comes first.' },
    { id: 'pacing', text: 'Pacing', correct: true, feedback: 'Pacing shows rising tension.' },
    { id: 'smile', text: 'Smiling', feedback: 'A smile is usually a calm sign.' },
  ],
  feedback: { correct: 'You spotted every sign.', incorrect: 'Look again at body language and voice.' },
};

const practice = (q = single as SingleChoiceQuestion | MultipleResponseQuestion) =>
  fixture<FlQuestion>(html`<fl-question .question=${q} mode="practice"></fl-question>`);

async function choose(el: FlQuestion, name: string) {
  option(el, name).input.click();
  await settled(el);
}

async function check(el: FlQuestion) {
  button(el, 'Check answer').click();
  await settled(el);
}

describe('<fl-question> single choice', () => {
  describe('accessibility', () => {
    it('is accessible before answering', async () => {
      await expect(await practice()).to.be.accessible();
    });
    it('is accessible once checked', async () => {
      const el = await practice();
      await choose(el, 'Keep typing until you finish');
      await check(el);
      await expect(el).to.be.accessible();
    });
    it('is accessible in review, answered and not answered', async () => {
      const answered = await fixture<FlQuestion>(
        html`<fl-question .question=${single} mode="review" .response=${{ type: 'single', option: 'a' }}></fl-question>`,
      );
      await expect(answered).to.be.accessible();
      const unanswered = await fixture<FlQuestion>(html`<fl-question .question=${single} mode="review"></fl-question>`);
      await expect(unanswered).to.be.accessible();
    });
    it('puts the prompt in the legend of a fieldset of native radios, each inside its label', async () => {
      const el = await practice();
      expect(text($(el, 'fieldset > legend > h3'))).to.equal(single.prompt);
      const radios = $$<HTMLInputElement>(el, 'fieldset input[type="radio"]');
      expect(radios).to.have.length(3);
      expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(single.options.map((o) => o.text));
      expect(text($(el, '#hint'))).to.equal('Choose one answer.');
    });
  });

  describe('properties', () => {
    it('shows "Question 3 of 20" at the heading level it is given', async () => {
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${single} .number=${3} .total=${20} heading-level="2"></fl-question>`,
      );
      expect(text($(el, 'legend h2'))).to.equal(`Question 3 of 20 ${single.prompt}`);
      expect($$(el, 'h3')).to.have.length(0);
    });
    it('shows no question number without number and total, and defaults to h3', async () => {
      const el = await practice();
      expect(text($(el, 'legend h3'))).to.equal(single.prompt);
      expect(text(el.shadowRoot)).not.to.contain('Question');
    });
    it('lists the options in the given display order', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${single} .order=${['c', 'a', 'b']}></fl-question>`);
      expect($$<HTMLInputElement>(el, 'input').map((i) => i.value)).to.deep.equal(['c', 'a', 'b']);
    });
    it('keeps "Check answer" a disabled button until an option is chosen', async () => {
      const el = await practice();
      expect(button(el, 'Check answer').disabled).to.equal(true);
      await choose(el, 'Point at the sign-in sheet');
      expect(button(el, 'Check answer').disabled).to.equal(false);
    });
  });

  describe('practice', () => {
    it('dispatches AnswerEvent with the chosen option and the time since it was shown', async () => {
      const el = await practice();
      await new Promise((r) => setTimeout(r, 60));
      await choose(el, 'Look up, smile and greet them');
      const event = oneEvent(el, 'fl-answer') as Promise<AnswerEvent>;
      button(el, 'Check answer').click();
      const { questionId, response, latencyMs } = await event;
      expect(questionId).to.equal('q_greet');
      expect(response).to.deep.equal({ type: 'single', option: 'b' });
      expect(latencyMs).to.be.within(50, 10_000);
    });

    it("shows the chosen option's feedback, marks the correct answer and locks the inputs", async () => {
      const el = await practice();
      await choose(el, 'Keep typing until you finish');
      await check(el);
      const feedback = $(el, '[role="status"]');
      expect(feedback.getAttribute('aria-live')).to.equal('polite');
      expect(text(feedback)).to.contain('Not quite');
      expect(text(feedback)).to.contain('The visitor waits and feels ignored.');
      expect(text(feedback)).not.to.contain('a quick greeting');
      expect(feedback.querySelector('svg')).to.exist; // icon beside the words
      expect(text(option(el, 'Look up, smile and greet them').label)).to.contain('Correct answer');
      expect(text(option(el, 'Keep typing until you finish').label)).to.contain('Your answer');
      expect(text(option(el, 'Point at the sign-in sheet').label)).not.to.match(/answer/i);
      expect($$<HTMLInputElement>(el, 'input').every((i) => i.disabled)).to.equal(true);
      expect($$(el, 'button.check')).to.have.length(0);
    });

    it('says Correct with the option feedback for the right answer', async () => {
      const el = await practice();
      await choose(el, 'Look up, smile and greet them');
      await check(el);
      expect(text($(el, '.feedback'))).to.equal('Correct Yes: a quick greeting shows you have seen them.');
    });

    it('moves focus to the feedback after checking, so keyboard users are not dropped', async () => {
      const el = await practice();
      await choose(el, 'Look up, smile and greet them');
      await check(el);
      expect(deepActive()?.id).to.equal('feedback');
    });

    it('renders a restored answer answered, with feedback, without dispatching', async () => {
      const events = record(document, 'fl-answer');
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${single} mode="practice" .response=${{ type: 'single', option: 'c' }}></fl-question>`,
      );
      await settled(el);
      events.stop();
      expect(events).to.have.length(0);
      expect(option(el, 'Point at the sign-in sheet').input.checked).to.equal(true);
      expect(text($(el, '.feedback'))).to.contain('Pointing without a word feels dismissive.');
      expect($$(el, 'button.check')).to.have.length(0);
    });

    it('ignores a restored response of another question type', async () => {
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${single} .response=${{ type: 'truefalse', value: true }}></fl-question>`,
      );
      expect(text($(el, '.feedback'))).to.equal('');
      expect(button(el, 'Check answer').disabled).to.equal(true);
    });
  });

  describe('test mode', () => {
    it('has no Check button or feedback and reports every change', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${single} mode="test"></fl-question>`);
      const events = record<ResponseChangeEvent>(el, 'fl-response-change');
      await choose(el, 'Keep typing until you finish');
      await choose(el, 'Look up, smile and greet them');
      expect(events.map((e) => e.response)).to.deep.equal([
        { type: 'single', option: 'a' },
        { type: 'single', option: 'b' },
      ]);
      expect(events[1]!.questionId).to.equal('q_greet');
      expect($$(el, 'button')).to.have.length(0);
      expect($$(el, '[role="status"]')).to.have.length(0);
      expect(text(el.shadowRoot)).not.to.match(/Correct|Not quite/);
    });

    it('restores a response as a selection, without marks', async () => {
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${single} mode="test" .response=${{ type: 'single', option: 'b' }}></fl-question>`,
      );
      expect(option(el, 'Look up, smile and greet them').input.checked).to.equal(true);
      expect($$(el, '.mark')).to.have.length(0);
      expect(option(el, 'Keep typing until you finish').input.disabled).to.equal(false);
    });
  });

  describe('review', () => {
    it("disables inputs, marks the learner's and the correct answer and shows feedback", async () => {
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${single} mode="review" .response=${{ type: 'single', option: 'a' }}></fl-question>`,
      );
      expect($$<HTMLInputElement>(el, 'input').every((i) => i.disabled)).to.equal(true);
      expect(option(el, 'Keep typing until you finish').input.checked).to.equal(true);
      expect(text(option(el, 'Keep typing until you finish').label)).to.contain('Your answer');
      expect(text(option(el, 'Look up, smile and greet them').label)).to.contain('Correct answer');
      expect(text($(el, '.feedback'))).to.equal('Not quite The visitor waits and feels ignored.');
    });

    it('says "Not answered" when there is no response and still marks the correct answer', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${single} mode="review"></fl-question>`);
      expect(text($(el, '.feedback'))).to.equal('Not answered');
      expect(text(option(el, 'Look up, smile and greet them').label)).to.contain('Correct answer');
      expect($$<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the radio group, arrows choose, Tab then Enter checks', async () => {
      const el = await practice();
      await sendKeys({ press: 'Tab' });
      expect((deepActive() as HTMLInputElement).value).to.equal('a');
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(option(el, 'Look up, smile and greet them').input.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(button(el, 'Check answer'));
      const event = oneEvent(el, 'fl-answer') as Promise<AnswerEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await event).response).to.deep.equal({ type: 'single', option: 'b' });
    });
  });
});

describe('<fl-question> multiple response', () => {
  it('is accessible before and after checking', async () => {
    const el = await practice(multiple);
    await expect(el).to.be.accessible();
    await choose(el, 'Raised voice');
    await check(el);
    await expect(el).to.be.accessible();
  });

  it('uses checkboxes and says "Choose all that apply." once: in the group\'s name, not again as its description', async () => {
    const el = await practice(multiple);
    expect($$(el, 'input[type="checkbox"]')).to.have.length(3);
    const fieldset = $(el, 'fieldset');
    expect(text(fieldset.querySelector('legend'))).to.equal(`${multiple.prompt} Choose all that apply.`);
    expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
    expect(text(fieldset).split('Choose all that apply.').length - 1).to.equal(1);
  });

  it("shows each chosen option's feedback and the question feedback, and marks every correct option", async () => {
    const el = await practice(multiple);
    await choose(el, 'Raised voice');
    await choose(el, 'Smiling');
    await check(el);
    const feedback = text($(el, '.feedback'));
    expect(feedback).to.contain('Not quite');
    expect(feedback).to.contain('A raised voice often comes first.');
    expect(feedback).to.contain('A smile is usually a calm sign.');
    expect(feedback).not.to.contain('Pacing shows rising tension.');
    expect(feedback).to.contain('Look again at body language and voice.');
    expect(text(option(el, 'Pacing').label)).to.contain('Correct answer');
    expect(text(option(el, 'Smiling').label)).to.contain('Your answer');
    expect(text(option(el, 'Smiling').label)).not.to.contain('Correct answer');
  });

  it('reports chosen options in authored order whatever the display order', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${multiple} .order=${['smile', 'pacing', 'voice']}></fl-question>`);
    await choose(el, 'Pacing');
    await choose(el, 'Raised voice');
    const event = oneEvent(el, 'fl-answer') as Promise<AnswerEvent>;
    button(el, 'Check answer').click();
    expect((await event).response).to.deep.equal({ type: 'multiple', options: ['voice', 'pacing'] });
    await settled(el);
    expect(text($(el, '.feedback'))).to.contain('You spotted every sign.');
  });

  it('in test mode reports null once every box is cleared', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${multiple} mode="test"></fl-question>`);
    const events = record<ResponseChangeEvent>(el, 'fl-response-change');
    await choose(el, 'Pacing');
    await choose(el, 'Pacing');
    expect(events.map((e) => e.response)).to.deep.equal([{ type: 'multiple', options: ['pacing'] }, null]);
  });

  it('Space toggles a checkbox from the keyboard', async () => {
    const el = await practice(multiple);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(option(el, 'Raised voice').input.checked).to.equal(true);
    expect(button(el, 'Check answer').disabled).to.equal(false);
  });
});
