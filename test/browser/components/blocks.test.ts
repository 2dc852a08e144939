// The accordion, tabs and steps blocks inside a lesson, as an officer uses them: by keyboard, with a
// screen reader (roles and states), and on a 320 px phone.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Lesson } from '../../../src/content/types.js';
import '../../../src/components/lesson/fl-lesson.js';
// The player loads the question views with the other lazy views (src/components/lazy/); a lesson alone needs them imported.
import '../../../src/components/question/fl-question.js';
import type { FlLesson } from '../../../src/components/lesson/fl-lesson.js';
import type { FlTabs } from '../../../src/components/blocks/fl-tabs.js';
import { $, $$, deepActive, settled, text } from './helpers.js';

const lesson: Lesson = {
  id: 'l_blocks',
  title: 'Blocks',
  blocks: [
    { kind: 'paragraph', text: 'Before the blocks.' },
    {
      kind: 'accordion',
      title: 'What to say',
      sections: [
        { title: 'Someone is lost', blocks: [{ kind: 'paragraph', text: 'Say hello and ask where they are going.' }] },
        { title: 'Someone is angry', blocks: [{ kind: 'list', items: ['Lower your voice.', 'Name the feeling.'] }] },
      ],
    },
    {
      kind: 'tabs',
      title: 'Three places',
      tabs: [
        { title: 'Shopping centre', blocks: [{ kind: 'paragraph', text: 'Shoppers ask for the toilets.' }] },
        { title: 'Stadium', blocks: [{ kind: 'paragraph', text: 'Fans ask for their gate.' }] },
        { title: 'Office lobby', blocks: [{ kind: 'list', items: ['Visitors sign in.', 'Couriers wait.'] }] },
      ],
    },
    {
      kind: 'steps',
      title: 'Reporting an incident',
      steps: [
        { title: 'Make it safe', text: 'Check nobody is still in danger.' },
        { title: 'Tell control', text: 'Say where you are and what happened.' },
        { title: 'Write it down', text: 'Note the time and what you saw.' },
      ],
    },
  ],
};

const render = () => fixture<FlLesson>(html`<fl-lesson .lesson=${lesson}></fl-lesson>`);
const tabsOf = (el: FlLesson) => $<FlTabs>(el, 'fl-tabs');
const tabs = (el: FlLesson) => $$<HTMLButtonElement>(tabsOf(el), '[role="tab"]');
const shownPanel = (el: FlLesson) => $$(tabsOf(el), '[role="tabpanel"]').filter((p) => !p.hidden);

/** Presses Tab until `target` has focus, as a keyboard user reaches it; fails after `max` presses. */
async function tabTo(target: Element, max = 10): Promise<void> {
  for (let i = 0; i < max && deepActive() !== target; i++) await sendKeys({ press: 'Tab' });
  expect(deepActive(), 'reached by Tab').to.equal(target);
}

describe('accordion, tabs and steps blocks', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('are accessible (axe) closed, and with a section open and another tab chosen', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    $$<HTMLDetailsElement>(el, 'details')[0]!.open = true;
    tabs(el)[2]!.click();
    await settled(tabsOf(el));
    await expect(el).to.be.accessible();
  });

  describe('accordion', () => {
    it('shows the title as a heading and each section closed, as a summary a screen reader calls a button', async () => {
      const el = await render();
      expect(text($(el, '.accordion > h3'))).to.equal('What to say');
      const details = $$<HTMLDetailsElement>(el, 'details');
      expect(details.map((d) => text(d.querySelector('summary')))).to.deep.equal(['Someone is lost', 'Someone is angry']);
      expect(details.every((d) => !d.open)).to.equal(true);
      expect(details[0]!.querySelector<HTMLElement>('.panel')!.checkVisibility(), 'closed text is not shown').to.equal(false);
    });

    it('opens with Enter and closes with Space, by keyboard alone, with a visible focus ring', async () => {
      const el = await render();
      const [first, second] = $$<HTMLDetailsElement>(el, 'details');
      const summary = first!.querySelector('summary')!;
      await tabTo(summary);
      expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      expect(first!.open).to.equal(true);
      expect(text(first!.querySelector('.panel'))).to.equal('Say hello and ask where they are going.');
      expect(second!.open, 'the other section stays as it was').to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(first!.open).to.equal(false);
    });
  });

  describe('tabs', () => {
    it('are a tab list named by the title, the first tab chosen and its panel shown', async () => {
      const el = await render();
      const list = $(tabsOf(el), '[role="tablist"]');
      expect(text($(tabsOf(el), `#${list.getAttribute('aria-labelledby')}`))).to.equal('Three places');
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
      const panel = shownPanel(el);
      expect(panel.length).to.equal(1);
      expect(panel[0]!.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
      expect(tabs(el)[0]!.getAttribute('aria-controls')).to.equal(panel[0]!.id);
      expect(text(panel[0])).to.equal('Shoppers ask for the toilets.');
    });

    it('take one Tab stop; arrows, Home and End move and choose; Tab goes on into the panel', async () => {
      const el = await render();
      const [shop, stadium, office] = tabs(el);
      await tabTo(shop!);
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(stadium);
      expect(stadium!.getAttribute('aria-selected')).to.equal('true');
      expect(text(shownPanel(el)[0])).to.equal('Fans ask for their gate.');
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(office);
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive(), 'wraps to the first').to.equal(shop);
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive(), 'wraps to the last').to.equal(office);
      await sendKeys({ press: 'Home' });
      expect(deepActive()).to.equal(shop);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
      await sendKeys({ press: 'Tab' });
      expect(deepActive(), 'the shown panel is next').to.equal(shownPanel(el)[0]);
    });

    it('choose a tab by click (or tap)', async () => {
      const el = await render();
      tabs(el)[2]!.click();
      await settled(tabsOf(el));
      expect([...shownPanel(el)[0]!.querySelectorAll('li')].map(text)).to.deep.equal(['Visitors sign in.', 'Couriers wait.']);
      expect(tabs(el)[2]!.tabIndex).to.equal(0);
    });
  });

  describe('steps', () => {
    it('are an ordered list under the title, each step its name and text, numbered', async () => {
      const el = await render();
      expect(text($(el, '.steps > h3'))).to.equal('Reporting an incident');
      const items = $$(el, '.steps ol > li');
      expect(items.map((li) => text(li.querySelector('.step-title')))).to.deep.equal(['Make it safe', 'Tell control', 'Write it down']);
      expect(items.map((li) => text(li.querySelector('.step-number')))).to.deep.equal(['1', '2', '3']);
      expect(text(items[1])).to.contain('Say where you are and what happened.');
      expect(items[0]!.querySelector('.step-number')!.getAttribute('aria-hidden'), 'the list already gives the position').to.equal('true');
    });
  });

  it('fit a 320 px screen without sideways scrolling, the tabs wrapping onto more lines', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    $$<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
    await settled(tabsOf(el));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const rows = new Set(tabs(el).map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(rows.size, 'the tabs take more than one row').to.be.greaterThan(1);
    for (const t of tabs(el)) expect(t.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('in forced colours (Windows High Contrast) keep their edges, and the chosen tab its thicker edge', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await render();
      const edge = (e: Element) => getComputedStyle(e).borderBlockEndWidth;
      const [chosen, other] = tabs(el);
      expect(parseFloat(edge(chosen!)), 'the chosen tab is told apart by shape, not colour').to.be.greaterThan(parseFloat(edge(other!)));
      expect(getComputedStyle($(el, 'details')).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(el, '.step-number')).borderTopStyle, 'each number keeps its circle').to.equal('solid');
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
