// The player in the learner's language, started the way a package starts it
// (startPlayer → CourseController.launch → applyLanguage): the interface
// strings, module 01's content, <html lang> and the lang of untranslated parts.
import { expect } from '@open-wc/testing';
import { english, useStrings } from '../../../src/components/i18n/strings.js';
import { startPlayer } from '../../../src/entries/start-player.js';
import { button, text } from '../components/helpers.js';
import { heading, lmsSaying, play, progressLabel, settled, view } from './play.js';
import type { Course } from '../../../src/content/types.js';
import { realCourse } from './real-course.js';

/** The real course with module 02's Spanish taken out: every module is translated, so one is untranslated on purpose. */
function withoutSpanishOfModule2(): Course {
  const course = realCourse();
  delete course.translations!['es']!.modules[course.modules[1]!.id];
  return course;
}

describe('languages', () => {
  const page = { lang: document.documentElement.lang, title: document.title };
  afterEach(() => {
    // The catalogue and the page language are global: leave them as the other tests expect.
    useStrings(english);
    document.documentElement.lang = page.lang;
    document.title = page.title;
    sessionStorage.clear();
  });

  it('LMS language es: Spanish interface and module 01, <html lang="es">, accessible', async () => {
    const { player } = await play('es');
    await expect(player).to.be.accessible();
    expect(document.documentElement.lang).to.equal('es');
    expect(document.title).to.equal('Atención al cliente para guardias de seguridad');
    expect(text(player.shadowRoot!.querySelector('h1'))).to.equal('Atención al cliente para guardias de seguridad');
    expect(progressLabel(player)).to.match(/^Avance del curso: \d+%$/);
    expect(button(player, 'Siguiente')).to.exist;
    expect(button(player, 'Guardar y salir')).to.exist;
    expect(heading(player)).to.equal('Más que hacer cumplir reglas');
    expect(text(view(player).shadowRoot)).to.contain('Tu primer deber es mantener seguros a las personas y los bienes.');
    expect(view(player).shadowRoot!.querySelector('article')!.hasAttribute('lang'), 'module 01 is in the page language').to.equal(false);
  });

  it("module 01's scenario and knowledge check are Spanish, with the Spanish question strings", async () => {
    const { player, controller } = await play('es');
    controller.go({ view: 'lesson', id: 'm1_l_goal' });
    await settled(player);
    const lesson = view(player);
    expect(text(lesson.shadowRoot)).to.contain('Dos trabajos al mismo tiempo').and.contain('Situación');
    const question = lesson.shadowRoot!.querySelector('fl-question')!;
    await question.updateComplete;
    expect(text(question.shadowRoot)).to.contain('¿Qué es lo mejor que puedes hacer?').and.contain('Revisar respuesta').and.contain('Elige una respuesta.');
    await expect(player).to.be.accessible();

    controller.go({ view: 'check', id: 'dual_role' });
    await settled(player);
    expect(heading(player)).to.equal('Repaso: Dos trabajos, un uniforme: vigilar y ayudar');
    await expect(player).to.be.accessible();
  });

  it('an untranslated module under the Spanish interface is marked lang="en", and stays accessible', async () => {
    const { player, controller } = await play('es', withoutSpanishOfModule2());
    const m2 = controller.course.modules[1]!;
    controller.go({ view: 'lesson', id: m2.lessons[0]!.id });
    await settled(player);
    const article = view(player).shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('lang')).to.equal('en');
    expect(heading(player)).to.equal(realCourse().modules[1]!.lessons[0]!.title);
    expect(button(player, 'Siguiente')).to.exist;
    await expect(player).to.be.accessible();

    controller.go({ view: 'check', id: m2.id });
    await settled(player);
    const question = view(player).shadowRoot!.querySelector('fl-question')!;
    await question.updateComplete;
    expect(question.shadowRoot!.querySelector('.question')!.getAttribute('lang')).to.equal('en');
    await expect(player).to.be.accessible();
  });

  it("an untranslated module's title inside a Spanish sentence is marked lang=\"en\": check heading and the returning learner's cover", async () => {
    const first = await play('es', withoutSpanishOfModule2());
    const m2 = first.controller.course.modules[1]!;
    first.controller.go({ view: 'check', id: m2.id });
    await settled(first.player);
    const marked = (root: ParentNode) => [...root.querySelectorAll('[lang]')].map((el) => [el.getAttribute('lang'), text(el)]);
    expect(heading(first.player)).to.equal(`Repaso: ${m2.title}`);
    expect(marked(view(first.player).shadowRoot!.querySelector('h2')!)).to.deep.equal([['en', m2.title]]);

    const lesson = m2.lessons[1]!;
    first.controller.go({ view: 'lesson', id: lesson.id });
    await first.controller.saveAndExit();
    await startPlayer(withoutSpanishOfModule2(), lmsSaying('es'), window);
    await settled(first.player);
    const prompt = view(first.player);
    expect(prompt.localName).to.equal('fl-cover');
    const returning = prompt.shadowRoot!.querySelector('.returning')!;
    expect(text(returning.querySelector('p:last-child'))).to.equal(`Te quedaste en: ${lesson.title}.`);
    expect(marked(returning)).to.deep.equal([['en', lesson.title]]);
    await expect(first.player).to.be.accessible();
  });

  it('an LMS preference of es-MX picks Spanish', async () => {
    const { player, controller } = await play('es-MX');
    expect(controller.course.language).to.equal('es');
    expect(document.documentElement.lang).to.equal('es');
    expect(heading(player)).to.equal('Más que hacer cumplir reglas');
    expect(progressLabel(player)).to.match(/^Avance del curso/);
  });

  for (const language of ['en', 'fr', null]) {
    it(`LMS language ${language}: English, <html lang="en">`, async () => {
      const { player, controller } = await play(language);
      expect(document.documentElement.lang).to.equal('en');
      expect(controller.course.title).to.equal('Customer service for security officers');
      expect(progressLabel(player)).to.match(/^Course progress: \d+%$/);
      expect(button(player, 'Next')).to.exist;
      expect(heading(player)).to.equal('More than a rule enforcer');
      expect(view(player).shadowRoot!.querySelector('article')!.hasAttribute('lang')).to.equal(false);
      await expect(player).to.be.accessible();
    });
  }

  it('a Spanish build (defaultLanguage es) starts in Spanish when the LMS says nothing', async () => {
    const { player } = await play(null, realCourse({ defaultLanguage: 'es' }));
    expect(heading(player)).to.equal('Más que hacer cumplir reglas');
    expect(progressLabel(player)).to.match(/^Avance del curso/);
    expect(document.documentElement.lang).to.equal('es');
  });

  it('a Spanish build starts in English when the LMS asks for English', async () => {
    const { player } = await play('en-US', realCourse({ defaultLanguage: 'es' }));
    expect(heading(player)).to.equal('More than a rule enforcer');
    expect(progressLabel(player)).to.match(/^Course progress/);
    expect(document.documentElement.lang).to.equal('en');
  });

  it('ids do not change with the language: a Spanish session resumes an English one where it left off', async () => {
    const first = await play('en');
    first.controller.go({ view: 'lesson', id: 'm1_l_team' });
    await first.controller.saveAndExit();
    // The same page's <fl-player> (startPlayer takes the first), as when the LMS relaunches the package.
    const controller = await startPlayer(realCourse(), lmsSaying('es'), window);
    await settled(first.player);
    expect(first.player.controller).to.equal(controller);
    expect(controller.place).to.deep.equal({ view: 'lesson', id: 'm1_l_team' });
    expect([...controller.session.state.visited]).to.include.members(['m1_l_more', 'm1_l_team']);
    expect(controller.course.modules[0]!.lessons[2]!.title).to.equal('Primera línea y trabajo de fondo');
  });
});
