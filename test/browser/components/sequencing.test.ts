import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SequencingQuestion } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import type { ResponseChangeEvent } from '../../../src/components/events/response-change-event.js';
import '../../../src/components/question/fl-question.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, deepActive, record, settled, text } from './helpers.js';

const seq: SequencingQuestion = {
  id: 'q_alarm',
  objective: 'o_alarm',
  type: 'sequencing',
  prompt: 'Put the fire alarm steps in order.',
  items: [
    { id: 's1', text: 'Stay calm' },
    { id: 's2', text: 'Call the control room' },
    { id: 's3', text: 'Clear the area' },
    { id: 's4', text: 'Meet the responders' },
  ],
  feedback: { correct: 'That is the drill.', incorrect: 'Check the alarm card.' },
};
const correct = ['s1', 's2', 's3', 's4'];

/** Item ids in the order the learner sees them. */
const shown = (el: FlQuestion) => $$(el, 'ol.sequence:not(.sequence--answer) > li').map((li) => li.dataset['item']);

describe('<fl-question> sequencing', () => {
  describe('accessibility', () => {
    it('is accessible before answering, once checked and in review', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq}></fl-question>`);
      await expect(el).to.be.accessible();
      button(el, 'Check answer').click();
      await settled(el);
      await expect(el).to.be.accessible();
      const review = await fixture<FlQuestion>(html`<fl-question .question=${seq} mode="review"></fl-question>`);
      await expect(review).to.be.accessible();
    });

    it('names every move button after its item and disables the moves that cannot happen', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} .order=${['s3', 's1', 's4', 's2']}></fl-question>`);
      expect(button(el, 'Move up: Clear the area').disabled).to.equal(true);
      expect(button(el, 'Move down: Clear the area').disabled).to.equal(false);
      expect(button(el, 'Move down: Call the control room').disabled).to.equal(true);
      expect(text(button(el, 'Move up: Stay calm'))).to.equal('Up'); // visible words are part of the name
      expect($(el, '.announcement').getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('start order', () => {
    for (const mode of ['practice', 'test'] as const) {
      it(`never starts solved in ${mode} mode when shown in authored order`, async () => {
        const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} mode=${mode}></fl-question>`);
        expect(shown(el)).to.have.members(correct);
        expect(shown(el)).not.to.deep.equal(correct);
      });
    }

    it('never starts solved when the shuffle happens to be the answer', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} .order=${correct}></fl-question>`);
      expect(shown(el)).not.to.deep.equal(correct);
      expect(shown(el)).to.have.members(correct);
    });

    it('starts from the shuffled order it is given', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} .order=${['s3', 's1', 's4', 's2']}></fl-question>`);
      expect(shown(el)).to.deep.equal(['s3', 's1', 's4', 's2']);
    });
  });

  describe('keyboard', () => {
    it('moves an item with Enter on its button, announces it and keeps focus on it', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} .order=${['s3', 's1', 's4', 's2']}></fl-question>`);
      await sendKeys({ press: 'Tab' }); // the first item's Move up is disabled, so this is Move down
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Move down: Clear the area');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(shown(el)).to.deep.equal(['s1', 's3', 's4', 's2']);
      expect(text($(el, '.announcement'))).to.equal('Clear the area moved to 2 of 4.');
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Move down: Clear the area');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(shown(el)).to.deep.equal(['s1', 's4', 's2', 's3']);
      expect(text($(el, '.announcement'))).to.equal('Clear the area moved to 4 of 4.');
      // At the bottom Move down is disabled, so focus goes to the same item's Move up.
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Move up: Clear the area');
    });
  });

  describe('practice', () => {
    it('answers with the order on screen and marks each place', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} .order=${['s2', 's1', 's3', 's4']}></fl-question>`);
      button(el, 'Move up: Stay calm').click();
      await settled(el);
      const event = oneEvent(el, 'fl-answer') as Promise<AnswerEvent>;
      button(el, 'Check answer').click();
      expect((await event).response).to.deep.equal({ type: 'sequencing', order: correct });
      await settled(el);
      expect(text($(el, '.feedback'))).to.equal('Correct That is the drill.');
      expect($$(el, 'button.move')).to.have.length(0);
      expect($$(el, '.sequence--answer')).to.have.length(0); // nothing to correct
    });

    it('shows the correct order when the answer is wrong', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} .order=${['s2', 's1', 's3', 's4']}></fl-question>`);
      button(el, 'Check answer').click();
      await settled(el);
      expect(text($(el, '.feedback'))).to.equal('Not quite Check the alarm card.');
      const marks = $$(el, 'ol.sequence:not(.sequence--answer) .mark').map(text);
      expect(marks).to.deep.equal(['Not in the right place', 'Not in the right place', 'In the right place', 'In the right place']);
      expect($$(el, '.sequence--answer li').map(text)).to.deep.equal(seq.items.map((i) => i.text));
    });

    it('renders a restored answer answered without dispatching', async () => {
      const events = record(document, 'fl-answer');
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${seq} .response=${{ type: 'sequencing', order: correct }}></fl-question>`,
      );
      await settled(el);
      events.stop();
      expect(events).to.have.length(0);
      expect(shown(el)).to.deep.equal(correct);
      expect(text($(el, '.feedback'))).to.contain('That is the drill.');
    });
  });

  describe('test mode', () => {
    it('reports the new order after every move, with no feedback', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} mode="test" .order=${['s2', 's1', 's3', 's4']}></fl-question>`);
      const events = record<ResponseChangeEvent>(el, 'fl-response-change');
      button(el, 'Move down: Call the control room').click();
      await settled(el);
      expect(events.map((e) => e.response)).to.deep.equal([{ type: 'sequencing', order: correct }]);
      expect($$(el, '.feedback, .mark')).to.have.length(0);
    });

    it('says how to keep the order shown, and counts an untouched order once "This order is right" is pressed', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} mode="test" .order=${['s2', 's1', 's3', 's4']}></fl-question>`);
      expect(text($(el, '#hint'))).to.contain('If the order shown is already right, press "This order is right".');
      await expect(el).to.be.accessible();
      const events = record<ResponseChangeEvent>(el, 'fl-response-change');
      button(el, 'This order is right').focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      events.stop();
      expect(events.map((e) => e.response)).to.deep.equal([{ type: 'sequencing', order: ['s2', 's1', 's3', 's4'] }]);
      expect($$(el, 'button').map((b) => text(b))).not.to.include('This order is right');
      expect(deepActive()).to.equal($(el, '.order-saved'));
      expect(text(deepActive())).to.equal('Your order is saved as your answer. You can still move steps.');
      await expect(el).to.be.accessible();
    });

    it('counts a moved order without the confirm, and a restored order as confirmed', async () => {
      const moved = await fixture<FlQuestion>(html`<fl-question .question=${seq} mode="test" .order=${['s2', 's1', 's3', 's4']}></fl-question>`);
      button(moved, 'Move down: Call the control room').click();
      await settled(moved);
      expect($$(moved, 'button').map((b) => text(b))).not.to.include('This order is right');
      const restored = await fixture<FlQuestion>(
        html`<fl-question .question=${seq} mode="test" .response=${{ type: 'sequencing', order: ['s2', 's1', 's3', 's4'] }}></fl-question>`,
      );
      expect($(restored, '.order-saved')).to.exist;
    });

    it('has no confirm in practice, where Check answer is the confirmation', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq}></fl-question>`);
      expect($$(el, '.confirm-order')).to.have.length(0);
      expect(button(el, 'Check answer').disabled).to.equal(false);
    });
  });

  describe('review', () => {
    it("shows the learner's order marked, the correct order and no move buttons", async () => {
      const el = await fixture<FlQuestion>(
        html`<fl-question .question=${seq} mode="review" .response=${{ type: 'sequencing', order: ['s1', 's3', 's2', 's4'] }}></fl-question>`,
      );
      expect(shown(el)).to.deep.equal(['s1', 's3', 's2', 's4']);
      expect($$(el, 'button')).to.have.length(0);
      expect($$(el, '.sequence--answer li').map(text)).to.deep.equal(seq.items.map((i) => i.text));
      expect(text($(el, '.feedback'))).to.equal('Not quite Check the alarm card.');
    });

    it('says Not answered and shows only the correct order when there is no response', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${seq} mode="review"></fl-question>`);
      expect(text($(el, '.feedback'))).to.equal('Not answered');
      expect(shown(el)).to.deep.equal([]);
      expect($$(el, '.sequence--answer li')).to.have.length(4);
    });
  });
});
