import { expect } from '@open-wc/testing';
import { launch, type LmsSession } from './lms-host.js';
import { attest, buttonNamed, currentView, readIn, readToAssessment, saveAndExit, takeAssessment } from './learner.js';
import { english } from '../../../src/components/i18n/strings.js';
import { spanish } from '../../../src/components/i18n/spanish.js';

/** The Spanish course title, the cover's heading. */
const COURSE_ES = 'Atención al cliente para guardias de seguridad';
const heading = (s: LmsSession) => currentView(s.player()).shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('the Spanish build', () => {
  let s: LmsSession | undefined;
  before(() => readIn(spanish));
  after(() => readIn(english));
  afterEach(() => s?.close());

  it('plays end to end in Spanish and records the same result in the LMS', async () => {
    s = await launch('scorm12', { packages: '/.cache/packages-es' });
    const player = s.player();
    expect(s.frame.contentDocument!.documentElement.lang).to.equal('es');
    // The cover, in Spanish.
    expect(heading(s)).to.equal(COURSE_ES);
    expect(buttonNamed(player.shadowRoot!, spanish.coverStart)).to.exist;
    await readToAssessment(player, { right: true });
    await takeAssessment(player, player.controller!.session.currentAttempt()!.questions.length);
    expect(currentView(player).shadowRoot!.textContent).to.contain(spanish.passedTitle);
    await attest(player);
    expect(currentView(player).localName).to.equal('fl-certificate');
    await saveAndExit(player);
    expect(s.value('cmi.core.lesson_status')).to.equal('passed');
    expect(s.value('cmi.core.score.raw')).to.equal('100');
  });
});

describe("the learner's language from the LMS", () => {
  let s: LmsSession | undefined;
  afterEach(() => s?.close());

  it('an English package opens in Spanish when the LMS says the learner prefers es-MX (SCORM 1.2)', async () => {
    s = await launch('scorm12', { data: { student_preference: { language: 'es-MX' } } });
    expect(heading(s)).to.equal(COURSE_ES);
    expect(buttonNamed(s.player().shadowRoot!, spanish.saveAndExit)).to.exist;
    expect(buttonNamed(s.player().shadowRoot!, spanish.coverStart)).to.exist;
  });

  it('and when SCORM 2004 cmi.learner_preference.language is es', async () => {
    s = await launch('scorm2004', { data: { learner_preference: { language: 'es' } } });
    expect(heading(s)).to.equal(COURSE_ES);
  });

  it('stays in English when the LMS prefers a language the course does not have', async () => {
    s = await launch('scorm12', { data: { student_preference: { language: 'fr' } } });
    expect(buttonNamed(s.player().shadowRoot!, english.coverStart)).to.exist;
  });
});
