// Pictures in a lesson: an image with its caption, a decorative one, a
// scenario's picture and a labelled graphic, as a learner, a keyboard user and
// a screen reader meet them (the illustrations are the course's own files).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Lesson } from '../../../src/content/types.js';
import '../../../src/components/lesson/fl-lesson.js';
// The player loads the question views with the other lazy views (src/components/lazy/); a lesson alone needs them imported.
import '../../../src/components/question/fl-question.js';
import type { FlLesson } from '../../../src/components/lesson/fl-lesson.js';
import { $, $$, deepActive, settled, text } from './helpers.js';

const picture = (name: string) => ({ src: `/modules/media/${name}.svg`, width: 480, height: 320 });

const lesson: Lesson = {
  id: 'l_kit',
  title: 'Your kit',
  blocks: [
    { kind: 'image', ...picture('radio'), alt: 'A handheld radio sending a signal', caption: 'Check it at the start of every shift.' },
    { kind: 'image', ...picture('speech'), decorative: true },
    {
      kind: 'graphic',
      title: 'What you carry',
      image: { ...picture('officer'), alt: 'An officer in uniform' },
      points: [
        { label: 'Cap', text: 'People see you from afar.', x: 50, y: 24 },
        { label: 'Radio', text: 'Your line to control.', x: 61, y: 50 },
      ],
    },
    {
      kind: 'scenario',
      title: 'At the gate',
      image: { ...picture('gate'), alt: 'The entrance gate' },
      text: 'A family reaches the gate.',
      question: { id: 'q_gate', objective: 'o_gate', type: 'truefalse', prompt: 'Greet them first.', answer: true, feedback: { correct: 'Yes.', incorrect: 'Greet them first.' } },
    },
  ],
};

async function render(): Promise<FlLesson> {
  const el = await fixture<FlLesson>(html`<div><button id="before">Before</button><fl-lesson .lesson=${lesson}></fl-lesson><button id="after">After</button></div>`);
  const lessonEl = el.querySelector('fl-lesson')!;
  await settled(lessonEl);
  return lessonEl;
}

const loaded = (img: HTMLImageElement) => (img.complete ? Promise.resolve() : new Promise((r) => img.addEventListener('load', r, { once: true })));

describe('pictures in a lesson', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible: images, graphic and scenario picture', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('shows an image with its alt text, caption and size reserved, loading lazily', async () => {
    const el = await render();
    const [figure] = $$(el, 'figure');
    const img = figure!.querySelector('img')!;
    expect(img.alt).to.equal('A handheld radio sending a signal');
    expect(text(figure!.querySelector('figcaption'))).to.equal('Check it at the start of every shift.');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    // The space is kept before the file arrives: no jump when it loads.
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['480', '320']);
    await loaded(img);
    expect(img.naturalWidth, 'the illustration loads').to.be.greaterThan(0);
  });

  it('hides a decorative image from screen readers (alt="")', async () => {
    const img = $$<HTMLImageElement>(await render(), 'figure img')[1]!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.closest('figure')!.querySelector('figcaption')).to.equal(null);
  });

  it('shows the scenario picture inside the scenario, before its situation', async () => {
    const scenario = $(await render(), '.scenario');
    const img = scenario.querySelector('img')!;
    expect(img.alt).to.equal('The entrance gate');
    expect(img.compareDocumentPosition(scenario.querySelector('p')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('writes out every point of a graphic, numbered like its markers', async () => {
    const graphic = $(await render(), '.graphic');
    expect(text(graphic.querySelector('h3'))).to.equal('What you carry');
    const markers = [...graphic.querySelectorAll<HTMLElement>('.marker')];
    expect(markers.map((m) => text(m))).to.deep.equal(['1', '2']);
    // The markers repeat the list's numbers: a screen reader reads the list, not them.
    expect(markers.every((m) => m.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const items = [...graphic.querySelectorAll('ol.points > li')];
    expect(items.map((li) => `${text(li.querySelector('.number'))}: ${text(li.querySelector('strong'))}`)).to.deep.equal(['1: Cap', '2: Radio']);
    expect(items.map((li) => text(li.lastElementChild))).to.deep.equal(['Cap People see you from afar.', 'Radio Your line to control.']);
    expect(markers[1]!.style.left).to.equal('61%');
    expect(markers[1]!.style.top).to.equal('50%');
  });

  it('puts each marker on its place on the picture', async () => {
    const graphic = $(await render(), '.graphic');
    const img = graphic.querySelector('img')!;
    await loaded(img);
    const box = img.getBoundingClientRect();
    const r = graphic.querySelectorAll<HTMLElement>('.marker')[0]!.getBoundingClientRect();
    expect(r.left + r.width / 2 - box.left).to.be.closeTo(box.width * 0.5, 2);
    expect(r.top + r.height / 2 - box.top).to.be.closeTo(box.height * 0.24, 2);
  });

  it('keyboard: nothing in a graphic needs a key press to be read, and it adds no tab stop', async () => {
    const el = await render();
    const before = el.parentElement!.querySelector<HTMLElement>('#before')!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    // The first tab stop after "Before" is the scenario question's first control, not anything in the pictures.
    const first = deepActive();
    expect(first?.closest('.graphic') ?? null).to.equal(null);
    expect($(el, '.graphic').querySelectorAll('button, a, [tabindex]').length).to.equal(0);
    for (const li of $(el, '.graphic').querySelectorAll('li')) expect(li.getBoundingClientRect().height, 'every point is shown').to.be.greaterThan(0);
  });

  it('fits 320 px: pictures shrink to the column, no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    for (const img of $$<HTMLImageElement>(el, 'img')) {
      await loaded(img);
      expect(img.getBoundingClientRect().right, img.alt || 'decorative image').to.be.at.most(320);
      // The ratio is kept as it shrinks.
      const r = img.getBoundingClientRect();
      expect(r.width / r.height).to.be.closeTo(1.5, 0.02);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
