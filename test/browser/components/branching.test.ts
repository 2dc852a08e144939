import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BranchingQuestion } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import type { ResponseChangeEvent } from '../../../src/components/events/response-change-event.js';
import '../../../src/components/question/fl-question.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, deepActive, record, settled, text } from './helpers.js';

const scenario: BranchingQuestion = {
  id: 'q_angry',
  objective: 'o_calm',
  type: 'branching',
  prompt: 'An angry visitor at the front desk',
  steps: [
    {
      id: 'st_start',
      text: 'A visitor shouts that he has waited an hour.',
      choices: [
        { id: 'c_listen', text: 'Listen and acknowledge the wait', best: true, consequence: 'He lowers his voice.', next: 'st_manager' },
        { id: 'c_argue', text: 'Tell him to calm down', consequence: 'He gets louder.', next: 'st_manager' },
      ],
    },
    {
      id: 'st_manager',
      text: 'He asks to see the manager.',
      choices: [
        { id: 'c_call', text: 'Call the manager', best: true, consequence: 'The manager comes down to meet him.' },
        { id: 'c_refuse', text: 'Say the manager is busy', consequence: 'He storms out.' },
      ],
    },
  ],
  feedback: { correct: 'You kept it calm.', incorrect: 'Acknowledge first, then help.' },
};

const bestPath = [
  { step: 'st_start', choice: 'c_listen' },
  { step: 'st_manager', choice: 'c_call' },
];
const mixedPath = [
  { step: 'st_start', choice: 'c_argue' },
  { step: 'st_manager', choice: 'c_call' },
];

async function press(el: FlQuestion, name: string) {
  button(el, name).click();
  await settled(el);
}

describe('<fl-question> branching', () => {
  describe('accessibility', () => {
    it('is accessible at the start, after a choice and at the end', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario}></fl-question>`);
      await expect(el).to.be.accessible();
      await press(el, 'Listen and acknowledge the wait');
      await expect(el).to.be.accessible();
      await press(el, 'Continue');
      await press(el, 'Say the manager is busy');
      await expect(el).to.be.accessible();
    });

    it('is accessible in review, answered and not answered', async () => {
      const answered = await fixture<FlQuestion>(
        html`<fl-question .question=${scenario} mode="review" .response=${{ type: 'branching', path: mixedPath }}></fl-question>`,
      );
      await expect(answered).to.be.accessible();
      const unanswered = await fixture<FlQuestion>(html`<fl-question .question=${scenario} mode="review"></fl-question>`);
      await expect(unanswered).to.be.accessible();
    });
  });

  describe('walking the scenario', () => {
    it("starts at steps[0] with its choices as buttons", async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario}></fl-question>`);
      expect(text($(el, '#prompt'))).to.equal(scenario.prompt);
      expect(text($(el, '.situation'))).to.equal('A visitor shouts that he has waited an hour.');
      expect($$(el, 'button.choice').map(text)).to.deep.equal(['Listen and acknowledge the wait', 'Tell him to calm down']);
      expect($$(el, 'button.check')).to.have.length(0); // the path itself is the answer
    });

    it('shows the consequence in a live region, then Continue goes to the next step', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario}></fl-question>`);
      await press(el, 'Tell him to calm down');
      const live = $(el, '.consequence');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.equal('You chose: Tell him to calm down He gets louder.');
      expect($$(el, 'button.choice')).to.have.length(0);
      expect(deepActive()).to.equal(button(el, 'Continue'));
      await press(el, 'Continue');
      expect(text($(el, '.situation'))).to.equal('He asks to see the manager.');
      expect(deepActive()).to.equal($(el, '.situation'));
      expect(text($(el, '.consequence'))).to.equal('');
    });

    it('ends when a choice has no next: one AnswerEvent with the whole path and the feedback', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario}></fl-question>`);
      const events = record<AnswerEvent>(el, 'fl-answer');
      await press(el, 'Tell him to calm down');
      await press(el, 'Continue');
      expect(events).to.have.length(0);
      await press(el, 'Call the manager');
      expect(events).to.have.length(1);
      expect(events[0]!.questionId).to.equal('q_angry');
      expect(events[0]!.response).to.deep.equal({ type: 'branching', path: mixedPath });
      expect(text($(el, '.feedback'))).to.equal('Not quite Acknowledge first, then help.');
      const decisions = $$(el, '.decision').map(text);
      expect(decisions[0]).to.contain('You chose: Tell him to calm down');
      expect(decisions[0]).to.contain('He gets louder.');
      expect(decisions[0]).to.contain('Not the best choice');
      expect(decisions[0]).to.contain('Best choice: Listen and acknowledge the wait');
      expect(decisions[1]).to.contain('The manager comes down to meet him.');
      expect(deepActive()).to.equal($(el, '#decisions'));
    });

    it('says Correct when every decision was the best one', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario}></fl-question>`);
      await press(el, 'Listen and acknowledge the wait');
      await press(el, 'Continue');
      await press(el, 'Call the manager');
      expect(text($(el, '.feedback'))).to.equal('Correct You kept it calm.');
    });

    it('can be played by keyboard alone', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario}></fl-question>`);
      const events = record<AnswerEvent>(el, 'fl-answer');
      await sendKeys({ press: 'Tab' });
      expect(text(deepActive())).to.equal('Listen and acknowledge the wait');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await sendKeys({ press: 'Enter' }); // focus moved to Continue
      await settled(el);
      await sendKeys({ press: 'Tab' }); // from the situation text to the first choice
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(events.map((e) => e.response)).to.deep.equal([{ type: 'branching', path: bestPath }]);
    });

    it('renders a restored path answered, without dispatching', async () => {
      const events = record(document, 'fl-answer');
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${scenario} .response=${{ type: 'branching', path: bestPath }}></fl-question>`,
      );
      await settled(el);
      events.stop();
      expect(events).to.have.length(0);
      expect($$(el, '.decision')).to.have.length(2);
      expect(text($(el, '.feedback'))).to.equal('Correct You kept it calm.');
      expect($$(el, 'button')).to.have.length(0);
    });
  });

  describe('test mode', () => {
    it('reports null until the path ends, then the path; Start again resets it', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario} mode="test"></fl-question>`);
      const events = record<ResponseChangeEvent>(el, 'fl-response-change');
      await press(el, 'Listen and acknowledge the wait');
      await press(el, 'Continue');
      await press(el, 'Call the manager');
      expect(events.map((e) => e.response)).to.deep.equal([null, null, { type: 'branching', path: bestPath }]);
      expect($$(el, '.feedback, .mark')).to.have.length(0);
      expect($$(el, '.decision')).to.have.length(2);
      await press(el, 'Start again');
      expect(events[events.length - 1]!.response).to.equal(null);
      expect(text($(el, '.situation'))).to.equal('A visitor shouts that he has waited an hour.');
    });
  });

  it('in test mode restores a finished path unmarked, with Start again', async () => {
    const el = await fixture<FlQuestion>(
      html`<fl-question .question=${scenario} mode="test" .response=${{ type: 'branching', path: mixedPath }}></fl-question>`,
    );
    expect($$(el, '.decision')).to.have.length(2);
    expect($$(el, '.mark')).to.have.length(0);
    expect(button(el, 'Start again')).to.exist;
  });

  describe('review', () => {
    it('shows the path taken with consequences and which choices were best', async () => {
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${scenario} mode="review" .response=${{ type: 'branching', path: mixedPath }}></fl-question>`,
      );
      const decisions = $$(el, '.decision').map(text);
      expect(decisions).to.have.length(2);
      expect(decisions[0]).to.contain('He gets louder.');
      expect(decisions[0]).to.contain('Best choice: Listen and acknowledge the wait');
      expect(decisions[1]).to.contain('Best choice');
      expect(decisions[1]).not.to.contain('Not the best choice');
      expect(text($(el, '.feedback'))).to.equal('Not quite Acknowledge first, then help.');
      expect($$(el, 'button')).to.have.length(0);
    });

    it('says Not answered and shows the best path when there is no response', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${scenario} mode="review"></fl-question>`);
      expect(text($(el, '.feedback'))).to.equal('Not answered');
      expect($$(el, '.decision .you-chose').map(text)).to.deep.equal([
        'Best choice: Listen and acknowledge the wait',
        'Best choice: Call the manager',
      ]);
    });
  });
});
