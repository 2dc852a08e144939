import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MatchingQuestion } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import type { ResponseChangeEvent } from '../../../src/components/events/response-change-event.js';
import '../../../src/components/question/fl-question.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, deepActive, record, settled, text } from './helpers.js';

const matching: MatchingQuestion = {
  id: 'q_radio',
  objective: 'o_radio',
  type: 'matching',
  prompt: 'Match each radio call with its meaning.',
  pairs: [
    { id: 'p1', prompt: 'Code red', target: { id: 't_fire', text: 'Fire' } },
    { id: 'p2', prompt: 'Code blue', target: { id: 't_medical', text: 'Medical emergency' } },
    { id: 'p3', prompt: 'Code green', target: { id: 't_clear', text: 'All clear' } },
  ],
  feedback: { correct: 'All three calls matched.', incorrect: 'Check the radio card again.' },
};

const right = { p1: 't_fire', p2: 't_medical', p3: 't_clear' };
const oneWrong = { p1: 't_fire', p2: 't_clear', p3: 't_medical' };

function selectFor(el: FlQuestion, prompt: string): HTMLSelectElement {
  const label = $$<HTMLLabelElement>(el, 'label').find((l) => text(l) === prompt);
  if (!label) throw new Error(`No label ${prompt}`);
  return $<HTMLSelectElement>(el, `#${label.htmlFor}`);
}

async function pick(el: FlQuestion, prompt: string, targetId: string) {
  const select = selectFor(el, prompt);
  select.value = targetId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(el);
}

describe('<fl-question> matching', () => {
  it('is accessible before answering, once checked and in review', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${matching}></fl-question>`);
    await expect(el).to.be.accessible();
    for (const [prompt, target] of [['Code red', 't_fire'], ['Code blue', 't_clear'], ['Code green', 't_medical']]) {
      await pick(el, prompt!, target!);
    }
    button(el, 'Check answer').click();
    await settled(el);
    await expect(el).to.be.accessible();
    const review = await fixture<FlQuestion>(html`<fl-question .question=${matching} mode="review"></fl-question>`);
    await expect(review).to.be.accessible();
  });

  it('gives each prompt a labelled native select listing the targets in display order', async () => {
    const el = await fixture<FlQuestion>(
      html`<fl-question .question=${matching} .order=${['t_clear', 't_fire', 't_medical']}></fl-question>`,
    );
    expect($$(el, 'select')).to.have.length(3);
    const options = [...selectFor(el, 'Code blue').options].map((o) => text(o));
    expect(options).to.deep.equal(['Choose…', 'All clear', 'Fire', 'Medical emergency']);
    expect(text($(el, 'legend > h3'))).to.equal(matching.prompt);
    expect(text($(el, 'legend #hint'))).to.equal('Match each item with the right answer.');
    expect($(el, 'fieldset').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('keeps Check disabled until every prompt is matched, then answers with every match', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${matching}></fl-question>`);
    await pick(el, 'Code red', 't_fire');
    await pick(el, 'Code blue', 't_medical');
    expect(button(el, 'Check answer').disabled).to.equal(true);
    await pick(el, 'Code green', 't_clear');
    const event = oneEvent(el, 'fl-answer') as Promise<AnswerEvent>;
    button(el, 'Check answer').click();
    expect((await event).response).to.deep.equal({ type: 'matching', matches: right });
    await settled(el);
    expect(text($(el, '.feedback'))).to.equal('Correct All three calls matched.');
    expect($$<HTMLSelectElement>(el, 'select').every((s) => s.disabled)).to.equal(true);
  });

  it('marks each wrong match and names its correct answer', async () => {
    const el = await fixture<FlQuestion>(
      html`<fl-question .question=${matching} mode="review" .response=${{ type: 'matching', matches: oneWrong }}></fl-question>`,
    );
    expect(text($(el, '#mark-p1'))).to.equal('Correct');
    expect(text($(el, '#mark-p2'))).to.equal('Not quite Correct answer: Medical emergency');
    expect(selectFor(el, 'Code blue').getAttribute('aria-describedby')).to.equal('mark-p2');
    expect(selectFor(el, 'Code blue').value).to.equal('t_clear');
    expect(text($(el, '.feedback'))).to.equal('Not quite Check the radio card again.');
  });

  it('restores a practice answer as answered without dispatching', async () => {
    const events = record(document, 'fl-answer');
    const el = await fixture<FlQuestion>(
      html`<fl-question .question=${matching} .response=${{ type: 'matching', matches: right }}></fl-question>`,
    );
    await settled(el);
    events.stop();
    expect(events).to.have.length(0);
    expect(selectFor(el, 'Code green').value).to.equal('t_clear');
    expect(text($(el, '.feedback'))).to.contain('All three calls matched.');
  });

  it('in test mode reports null until complete, then the matches', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${matching} mode="test"></fl-question>`);
    const events = record<ResponseChangeEvent>(el, 'fl-response-change');
    await pick(el, 'Code red', 't_fire');
    await pick(el, 'Code blue', 't_medical');
    await pick(el, 'Code green', 't_clear');
    await pick(el, 'Code green', '');
    expect(events.map((e) => e.response)).to.deep.equal([null, null, { type: 'matching', matches: right }, null]);
  });

  it('keeps a half-made answer when the player echoes back null', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${matching} mode="test"></fl-question>`);
    el.addEventListener('fl-response-change', (e) => (el.response = e.response));
    await pick(el, 'Code red', 't_fire');
    await settled(el);
    expect(selectFor(el, 'Code red').value).to.equal('t_fire');
  });

  it('keeps the answer when the parent passes an equal copy of the question', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${matching}></fl-question>`);
    await pick(el, 'Code red', 't_fire');
    el.question = structuredClone(matching);
    await settled(el);
    expect(selectFor(el, 'Code red').value).to.equal('t_fire');
    el.question = { ...matching, id: 'q_other' };
    await settled(el);
    expect(selectFor(el, 'Code red').value).to.equal('');
  });

  it('is operable by keyboard: Tab to a select and type to choose', async () => {
    const el = await fixture<FlQuestion>(html`<fl-question .question=${matching} mode="test"></fl-question>`);
    const events = record<ResponseChangeEvent>(el, 'fl-response-change');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(selectFor(el, 'Code red'));
    await sendKeys({ type: 'F' });
    await settled(el);
    expect(selectFor(el, 'Code red').value).to.equal('t_fire');
    expect(events).to.have.length(1);
  });

  describe('a pick used twice', () => {
    it('warns next to both selects, says it once politely, and still lets the learner choose', async () => {
      const el = await fixture<FlQuestion>(html`<fl-question .question=${matching}></fl-question>`);
      await pick(el, 'Code red', 't_fire');
      await pick(el, 'Code blue', 't_fire');
      const warnings = $$(el, '.pair-warning');
      expect(warnings.map((w) => text(w))).to.deep.equal([
        'You chose "Fire" more than once. Each answer fits one item.',
        'You chose "Fire" more than once. Each answer fits one item.',
      ]);
      expect(selectFor(el, 'Code red').getAttribute('aria-describedby')).to.equal('twice-p1');
      expect(selectFor(el, 'Code blue').getAttribute('aria-describedby')).to.equal('twice-p2');
      const live = $(el, '.announcement');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.equal('You chose "Fire" more than once. Each answer fits one item.');
      expect(selectFor(el, 'Code blue').value).to.equal('t_fire');
      expect(selectFor(el, 'Code blue').disabled).to.equal(false);
      await expect(el).to.be.accessible();

      await pick(el, 'Code blue', 't_medical');
      expect($$(el, '.pair-warning')).to.have.length(0);
      expect(text($(el, '.announcement'))).to.equal('');
    });

    it('does not warn when two prompts share the same answer by design', async () => {
      const shared: MatchingQuestion = {
        ...matching,
        pairs: [
          { id: 'p1', prompt: 'Code red', target: { id: 't_alarm', text: 'Alarm' } },
          { id: 'p2', prompt: 'Code orange', target: { id: 't_alarm', text: 'Alarm' } },
          { id: 'p3', prompt: 'Code green', target: { id: 't_clear', text: 'All clear' } },
        ],
      };
      const el = await fixture<FlQuestion>(html`<fl-question .question=${shared}></fl-question>`);
      await pick(el, 'Code red', 't_alarm');
      await pick(el, 'Code orange', 't_alarm');
      expect($$(el, '.pair-warning')).to.have.length(0);
    });
  });
});
