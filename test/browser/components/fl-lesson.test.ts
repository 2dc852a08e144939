import { expect, fixture, html } from '@open-wc/testing';
import type { Lesson } from '../../../src/content/types.js';
import type { AnswerEvent } from '../../../src/components/events/answer-event.js';
import '../../../src/components/lesson/fl-lesson.js';
// The player loads the question views with its other lazy views (src/components/lazy/); a lesson alone needs them imported.
import '../../../src/components/question/fl-question.js';
import type { FlLesson } from '../../../src/components/lesson/fl-lesson.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { $, $$, button, deepActive, option, record, settled, text } from './helpers.js';

const lesson: Lesson = {
  id: 'l_welcome',
  title: 'Welcoming visitors',
  blocks: [
    { kind: 'paragraph', text: 'First impressions are made in seconds.' },
    { kind: 'list', items: ['Look up', 'Smile', 'Greet'] },
    { kind: 'tip', text: 'Say hello even when you are on the phone: a nod will do.' },
    { kind: 'paragraph', text: 'Then ask how you can help.' },
    {
      kind: 'scenario',
      title: 'A busy morning',
      text: 'Three visitors arrive while you are signing in a courier.',
      question: {
        id: 'q_busy',
        objective: 'o_greet',
        type: 'truefalse',
        prompt: 'You should wait until the courier has gone before greeting anyone.',
        answer: false,
        feedback: { correct: 'Right: acknowledge them now.', incorrect: 'Acknowledge them now, even briefly.' },
      },
    },
  ],
};

const render = (answers = {}) => fixture<FlLesson>(html`<fl-lesson .lesson=${lesson} .answers=${answers}></fl-lesson>`);
const scenarioQuestion = (el: FlLesson) => $<FlQuestion>(el, 'fl-question');

describe('<fl-lesson>', () => {
  describe('accessibility', () => {
    it('is accessible with every kind of block', async () => {
      await expect(await render()).to.be.accessible();
    });
    it('is accessible inside the player\'s <main> landmark', async () => {
      const main = await fixture(html`<main><fl-lesson .lesson=${lesson}></fl-lesson></main>`);
      await settled(main.querySelector('fl-lesson')!);
      await expect(main).to.be.accessible();
    });
    it('is accessible with the scenario answered', async () => {
      await expect(await render({ q_busy: { type: 'truefalse', value: true } })).to.be.accessible();
    });
    it('titles the page with an h2 the player can focus', async () => {
      const el = await render();
      const h2 = $(el, 'h2');
      expect(text(h2)).to.equal('Welcoming visitors');
      expect(h2.getAttribute('tabindex')).to.equal('-1');
      el.focusHeading();
      expect(deepActive()).to.equal(h2);
    });
  });

  describe('blocks', () => {
    it('renders paragraphs and lists in order', async () => {
      const el = await render();
      expect($$(el, 'article > p').map(text)).to.deep.equal([
        'First impressions are made in seconds.',
        'Then ask how you can help.',
      ]);
      expect($$(el, 'ul > li').map(text)).to.deep.equal(['Look up', 'Smile', 'Greet']);
    });

    it('renders a tip as an aside with a visible "Tip" label that names it', async () => {
      const el = await render();
      const aside = $(el, 'aside');
      const label = $(el, `#${aside.getAttribute('aria-labelledby')}`);
      expect(text(label)).to.equal('Tip');
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(text(aside)).to.contain('a nod will do');
    });

    it('renders a scenario as a titled section with its situation and a practice question', async () => {
      const el = await render();
      const section = $(el, 'section.scenario');
      expect(text($(el, `#${section.getAttribute('aria-labelledby')}`))).to.equal('Scenario A busy morning');
      expect(text(section.querySelector('p'))).to.equal('Three visitors arrive while you are signing in a courier.');
      const question = scenarioQuestion(el);
      expect(question.mode).to.equal('practice');
      expect(question.question).to.equal((lesson.blocks[4] as { question: unknown }).question);
      await settled(question);
      expect($$(question, 'h4')).to.have.length(1); // below the scenario's h3
    });
  });

  describe('answers', () => {
    it('passes a restored answer to its scenario question, which shows it answered', async () => {
      const el = await render({ q_busy: { type: 'truefalse', value: true } });
      const question = scenarioQuestion(el);
      await settled(question);
      expect(option(question, 'True').input.checked).to.equal(true);
      expect(text($(question, '.feedback'))).to.equal('Not quite Acknowledge them now, even briefly.');
    });

    it("lets the scenario question's AnswerEvent reach the player through the shadow roots", async () => {
      const events = record<AnswerEvent>(document, 'fl-answer');
      const el = await render();
      const question = scenarioQuestion(el);
      await settled(question);
      option(question, 'False').input.click();
      await settled(question);
      button(question, 'Check answer').click();
      events.stop();
      expect(events.map((e) => [e.questionId, e.response])).to.deep.equal([['q_busy', { type: 'truefalse', value: false }]]);
    });
  });
});
