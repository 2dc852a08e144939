import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AssessmentLayout } from '../../../src/content/types.js';
import type { Response } from '../../../src/content/response.js';
import type { Draw } from '../../../src/session/draw.js';
import '../../../src/components/assessment/fl-assessment.js';
import type { FlAssessment } from '../../../src/components/assessment/fl-assessment.js';
import type { FlQuestion } from '../../../src/components/question/fl-question.js';
import { bankTypes } from '../../fixtures/sample-course.js';
import { $, $$, button, deepActive, settled, text } from './helpers.js';

const draw: Draw = { questions: bankTypes, orders: new Map() };
const total = bankTypes.length;
const answered = new Map<string, Response>([['b_tf', { type: 'truefalse', value: true }]]);

async function render(layout: AssessmentLayout, answers: ReadonlyMap<string, Response> = new Map()): Promise<FlAssessment> {
  const el = await fixture<FlAssessment>(
    html`<fl-assessment heading="Final assessment" .draw=${draw} .answers=${answers} .layout=${layout}></fl-assessment>`,
  );
  await Promise.all($$<FlQuestion>(el, 'fl-question').map((q) => settled(q)));
  return el;
}

const shownIds = (el: FlAssessment) => $$<FlQuestion>(el, 'fl-question').map((q) => q.question?.id);
const mapEntries = (el: FlAssessment) => $$<HTMLButtonElement>(el, '.map button');

describe('<fl-assessment> layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('paged', () => {
    it('shows one question, the count at the top, a question map and Previous / Next question', async () => {
      const el = await render('paged', answered);
      expect(shownIds(el)).to.deep.equal(['b_multi']);
      const count = $(el, '.count');
      expect(text(count)).to.equal(`1 of ${total} answered`);
      // The count comes before the question, at the top, not beside Submit.
      expect(count.compareDocumentPosition($(el, 'fl-question')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(mapEntries(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Question 1, not answered',
        'Question 2, answered',
        'Question 3, not answered',
        'Question 4, not answered',
        'Question 5, not answered',
      ]);
      expect(mapEntries(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal(['step', 'false', 'false', 'false', 'false']);
      expect(button(el, 'Previous question').disabled).to.equal(true);
      expect(button(el, 'Next question').disabled).to.equal(false);
    });

    it('Next question moves on and puts focus on its prompt; the last page has no Next', async () => {
      const el = await render('paged');
      button(el, 'Next question').focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      const [q] = $$<FlQuestion>(el, 'fl-question');
      await settled(q!);
      expect(shownIds(el)).to.deep.equal(['b_tf']);
      expect(deepActive()).to.equal($(q!, '#prompt'));
      expect(mapEntries(el)[1]!.getAttribute('aria-current')).to.equal('step');
      mapEntries(el)[total - 1]!.click();
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['b_branch']);
      expect(button(el, 'Next question').disabled).to.equal(true);
      expect(button(el, 'Submit answers').className).to.equal('primary');
    });

    it('updates the map and the count as an answer comes in, and keeps Submit with the unanswered warning', async () => {
      const el = await render('paged');
      expect(text($(el, '.hint'))).to.contain(`${total} questions are not answered yet`);
      mapEntries(el)[2]!.click();
      await settled(el);
      // The player hands over a new Draw of the same questions with every answer: the page stays put.
      el.answers = answered;
      el.draw = { ...draw };
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['b_match']);
      expect(text($(el, '.count'))).to.equal(`1 of ${total} answered`);
      expect(mapEntries(el)[1]!.classList.contains('map-entry--answered')).to.equal(true);
      expect(button(el, 'Submit answers')).to.exist;
    });

    for (const [width, height] of [[360, 640], [1280, 800]] as const) {
      it(`passes axe with its question map at ${width}×${height}`, async () => {
        await setViewport({ width, height });
        const el = await render('paged', answered);
        await expect(el).to.be.accessible();
        mapEntries(el)[3]!.click(); // the sequencing question, with its confirm
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('single', () => {
    it('shows every question on one page under a count that sticks to the top', async () => {
      const el = await render('single', answered);
      expect(shownIds(el)).to.deep.equal(bankTypes.map((q) => q.id));
      expect(mapEntries(el)).to.have.length(0);
      const count = $(el, '.count');
      expect(text(count)).to.equal(`1 of ${total} answered`);
      expect(getComputedStyle(count).position).to.equal('sticky');
      expect(count.compareDocumentPosition($(el, 'ol.questions')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });
  });

  describe('auto', () => {
    it('pages on a phone and shows one page on a wide screen, following the window as it resizes', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await render('auto');
      expect(shownIds(el)).to.have.length(1);
      await setViewport({ width: 1280, height: 800 });
      await new Promise((r) => setTimeout(r, 50));
      await settled(el);
      expect(shownIds(el)).to.have.length(total);
      await new Promise((r) => setTimeout(r, 300)); // Submit turns primary with a 0.15 s colour transition
      await expect(el).to.be.accessible();
    });
  });
});
