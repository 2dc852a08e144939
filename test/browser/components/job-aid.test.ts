// A module's summary and job aid as the officer sees them: at the end of the module, from the contents,
// printed alone on one page, with the firm's site details filled in (escaped) or neutral words.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import '../../../src/components/certificate/fl-certificate.js';
import type { FlCertificate } from '../../../src/components/certificate/fl-certificate.js';
import { english } from '../../../src/components/i18n/strings.js';
import { useStrings } from '../../../src/components/i18n/strings.js';
import type { SiteValues } from '../../../src/content/site.js';
import type { Course } from '../../../src/content/types.js';
import { applyLanguage } from '../../../src/entries/apply-language.js';
import { CourseController } from '../../../src/session/course-controller.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import { realCourse } from '../i18n/real-course.js';
import { $, $$, button, deepActive, text } from './helpers.js';
import { settled as settledView, view } from '../../support/settle.js';

/** Every field, as modules/site.example.yaml has them (the longest texts a firm is likely to write). */
const SITE: SiteValues = {
  firm: 'Northgate Security Services',
  site: 'Riverside Shopping Centre',
  control: 'Control on radio channel 2',
  emergency_phone: '911',
  supervisor_phone: '(555) 010-2030',
  lost_child_procedure: `Radio Control with "Code Adam", the child's description and where you are. Control tells the exits to watch for the child. Stay with the child until Control sends a supervisor.`,
  backup_procedure: 'Press the red button on your radio, or say "Backup" and your location on channel 2. Two officers come to you. Keep your distance until they arrive.',
};

async function mount(course: Course): Promise<{ player: FlPlayer; controller: CourseController }> {
  sessionStorage.clear();
  const controller = await CourseController.launch({ course, tracker: createOfflineTracker(sessionStorage, 'job-aid-test'), win: window, localize: applyLanguage(window) });
  const player = await fixture<FlPlayer>(html`<fl-player .controller=${controller}></fl-player>`);
  return { player, controller };
}

const settled = (player: FlPlayer) => settledView(player, 20);
const nav = (player: FlPlayer) => player.shadowRoot!.querySelector('fl-course-nav')!;
const shown = (el: Element) => getComputedStyle(el).display !== 'none';

afterEach(async () => {
  useStrings(english);
  document.documentElement.lang = 'en';
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 1000, height: 800 });
});

describe('a module summary', () => {
  it('closes the last lesson of each module, and opens the job aid with focus on its title', async () => {
    const { player, controller } = await mount(realCourse());
    const module = controller.course.modules[1]!;
    controller.go({ view: 'lesson', id: module.lessons.at(-1)!.id });
    await settled(player);
    const section = $(view(player), 'section.summary');
    expect(text(section.querySelector('h3'))).to.equal('Summary');
    expect([...section.querySelectorAll('li')].map(text)).to.deep.equal(module.summary);
    await expect(player).to.be.accessible();
    // Not on the module's other lessons.
    controller.go({ view: 'lesson', id: module.lessons[0]!.id });
    await settled(player);
    expect($$(view(player), 'section.summary')).to.have.length(0);

    controller.go({ view: 'lesson', id: module.lessons.at(-1)!.id });
    await settled(player);
    button(view(player), `Open the job aid: ${module.jobAid!.title}`).click();
    await settled(player);
    expect(controller.place).to.deep.equal({ view: 'jobaid', id: module.id });
    expect(deepActive()?.localName).to.equal('h2');
    expect(text(deepActive())).to.equal(module.jobAid!.title);
  });
});

describe('a job aid', () => {
  it('is reached from the contents under its module, by keyboard, and is accessible', async () => {
    const { player, controller } = await mount(realCourse());
    await setViewport({ width: 1000, height: 800 });
    await settled(player);
    const links = $$<HTMLButtonElement>(nav(player), 'button.link').filter((b) => text(b) === 'Job aid');
    expect(links).to.have.length(controller.course.modules.length);
    links[4]!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(player);
    const module = controller.course.modules[4]!;
    expect(controller.place).to.deep.equal({ view: 'jobaid', id: module.id });
    expect(text($(view(player), 'h2'))).to.equal(module.jobAid!.title);
    expect($(nav(player), 'button[aria-current="page"]')).to.equal(links[4]);
    await expect(player).to.be.accessible();
    // The buttons show a focus ring.
    button(view(player), 'Print the job aid').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(button(view(player), 'Back to the module'));
    expect(getComputedStyle(deepActive()!).outlineStyle).to.equal('solid');
  });

  it('fits 320 px without scrolling sideways', async () => {
    const { player, controller } = await mount({ ...realCourse(), site: SITE });
    await setViewport({ width: 320, height: 640 });
    controller.go({ view: 'jobaid', id: controller.course.modules[7]!.id });
    await settled(player);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(player).to.be.accessible();
  });

  it('Back to the module goes to the module\'s knowledge check; Print prints', async () => {
    const { player, controller } = await mount(realCourse());
    const module = controller.course.modules[2]!;
    controller.go({ view: 'jobaid', id: module.id });
    await settled(player);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button(view(player), 'Print the job aid').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    button(view(player), 'Back to the module').click();
    await settled(player);
    expect(controller.place).to.deep.equal({ view: 'check', id: module.id });
  });

  it('prints alone: no header bar, contents, pager or buttons, and each module\'s fits one A4 or Letter page', async () => {
    const { player, controller } = await mount({ ...realCourse(), site: SITE });
    // The printable area of the smaller of A4 and Letter with the browser's default margins (0.4 in): 7.7 × 10.2 in at 96 px.
    await setViewport({ width: 739, height: 979 });
    await emulateMedia({ media: 'print' });
    for (const module of controller.course.modules) {
      controller.go({ view: 'jobaid', id: module.id });
      await settled(player);
      const root = player.shadowRoot!;
      expect(shown(root.querySelector('header')!), 'header').to.equal(false);
      expect(shown(nav(player)), 'contents').to.equal(false);
      expect(shown(root.querySelector('.menu-area')!), 'menu').to.equal(false);
      expect(root.querySelector('.pager') === null || !shown(root.querySelector('.pager')!), 'pager').to.equal(true);
      expect(shown($(view(player), '.actions')), 'buttons').to.equal(false);
      const aid = $(view(player), 'article.job-aid');
      expect(shown(aid)).to.equal(true);
      expect(aid.getBoundingClientRect().bottom, `${module.id} fits one page`).to.be.at.most(979);
      expect(text(aid)).to.contain('Northgate Security Services · Riverside Shopping Centre');
    }
    // On screen, the shell is back.
    await emulateMedia({ media: 'screen' });
    expect(shown(player.shadowRoot!.querySelector('header')!)).to.equal(true);
  });
});

describe('site details in the text', () => {
  it('fill the lessons and job aids, escaped as plain text, in the player', async () => {
    const hostile: SiteValues = { control: '<img src=x onerror="window.__pwned=1">Base & Co', firm: '<script>window.__pwned=2</script>Acme & Sons' };
    const { player, controller } = await mount({ ...realCourse(), site: hostile });
    const m8 = controller.course.modules[7]!;
    controller.go({ view: 'lesson', id: 'm8_l_facts' });
    await settled(player);
    expect(text(view(player).shadowRoot)).to.contain('Tell <img src=x onerror="window.__pwned=1">Base & Co about any cameras');
    controller.go({ view: 'jobaid', id: m8.id });
    await settled(player);
    const aid = view(player).shadowRoot!;
    expect(text(aid)).to.contain('<script>window.__pwned=2</script>Acme & Sons');
    expect(aid.querySelectorAll('img, script')).to.have.length(0);
    // Numbers the firm left out read in neutral words, never an empty slot.
    expect(text(aid)).to.contain('In an emergency, call the emergency number.');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('read in neutral words without a site file, in the learner\'s language', async () => {
    // A Spanish job aid for module 1 only (whatever modules/es/ holds today): its placeholders as the English has them.
    const course = realCourse();
    const m1 = course.modules[0]!;
    const blocks = m1.jobAid!.blocks.map((b) => (b.kind === 'list' ? { items: b.items.map(() => 'Un paso.') } : { text: 'Avisa a {control} y llama al {emergency_phone}.' }));
    const es = { title: 'Atención al cliente', description: 'Curso.', assessment: { title: 'Evaluación final' }, modules: { [m1.id]: { title: 'Dos trabajos', objectives: {}, lessons: {}, check: {}, bank: {}, jobAid: { title: 'Atento y servicial', blocks } } } };
    const { player, controller } = await mount({ ...course, translations: { es }, translationFiles: undefined, defaultLanguage: 'es' });
    controller.go({ view: 'jobaid', id: m1.id });
    await settled(player);
    const words = text(view(player).shadowRoot);
    expect(words).to.contain('Guía rápida · Dos trabajos');
    expect(words).to.contain('Avisa a la sala de control y llama al número de emergencias.');
    expect(words).to.not.match(/\{[a-z_]+\}/);
    // Module 2 has no Spanish yet: its text stays English, in English words, marked as English (WCAG 3.1.2).
    controller.go({ view: 'jobaid', id: controller.course.modules[1]!.id });
    await settled(player);
    const root = view(player).shadowRoot!;
    expect(text(root)).to.contain('Ask the control room, or call your supervisor on the number your site gives you.');
    expect(root.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.kicker')!.closest('[lang]')).to.equal(null);
    expect(text(root.querySelector('.kicker'))).to.match(/^Guía rápida · /);
    await expect(player).to.be.accessible();
  });

  it('the certificate names the firm and the site, escaped', async () => {
    const el = await fixture<FlCertificate>(html`<fl-certificate learnerName="Sam Lee" courseTitle="Customer service" firm="<b>Acme</b> & Co" site="Riverside"></fl-certificate>`);
    expect(text($(el, '.firm'))).to.equal('<b>Acme</b> & Co');
    expect(text($(el, '.site'))).to.equal('Riverside');
    expect(el.shadowRoot!.querySelectorAll('b')).to.have.length(0);
    const none = await fixture<FlCertificate>(html`<fl-certificate learnerName="Sam Lee" courseTitle="Customer service"></fl-certificate>`);
    expect($$(none, '.firm, .site')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
