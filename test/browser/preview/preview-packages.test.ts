// The preview runs every package the build makes, switched in the page, in the
// learner language chosen there: SCORM with its API log, xAPI and cmi5 against
// the test LRS and cmi5 LMS with the statements they stored, and the web build.
import { expect } from '@open-wc/testing';
import { editCourse, PreviewPage, startPreview, stopPreview, until } from './preview-page.js';

// Module titles in the course's contents, in English and in the fixture's Spanish translation.
const ENGLISH = 'Reporting incidents';
const SPANISH = 'Reportar incidentes';

describe('live preview packages', function () {
  this.timeout(240_000);
  let page: PreviewPage;
  const seen = () => `status "${page.text('build-status')}", note "${page.text('session-note')}", course "${page.courseText().slice(0, 400)}"`;

  /** Switches the page to `target` and waits for that package's course to show `text`. */
  async function show(target: string, text: string): Promise<void> {
    page.markCourse();
    page.choose('standard', target);
    await until(() => page.courseReloaded() && page.courseText().includes(text), `the ${target} package shows "${text}"`, seen, 60_000);
  }

  before(async () => {
    localStorage.clear();
    page = new PreviewPage();
    await page.open((await startPreview({ translated: true })).url, { standard: 'scorm12', lang: 'es' });
  });

  after(async () => {
    page.close();
    await stopPreview();
  });

  it('offers the languages of the built course, and SCORM 1.2 hands the chosen one to the course', async () => {
    await until(() => page.courseText().includes(SPANISH), 'the SCORM 1.2 course shows Spanish', seen, 60_000);
    expect(page.options('language')).to.deep.equal(['', 'en', 'es']);
    expect(page.items('calls').some((call) => call.includes('LMSGetValue("cmi.student_preference.language") → "es"')), page.items('calls').join('\n')).to.equal(true);
  });

  it('runs SCORM 2004 with its API log', async () => {
    await show('scorm2004', SPANISH);
    await until(() => page.items('calls').some((call) => call.includes('GetValue("cmi.learner_preference.language") → "es"')), 'the 2004 API log shows the language read');
    expect(page.byId('calls').closest('section')!.hidden).to.equal(false);
  });

  it('runs xAPI against the test LRS, built in the chosen language, and lists the stored statements', async () => {
    await show('xapi', SPANISH);
    expect(page.byId('calls').closest('section')!.hidden, 'no SCORM log for xAPI').to.equal(true);
    await until(() => page.items('statements').some((s) => /\binitialized\b/.test(s)), 'the statement log shows "initialized"', () => page.items('statements').join('\n'));
    expect(page.text('registration')).to.match(/^Registration [0-9a-f-]{36}$/);
  });

  it('relaunches xAPI in the same registration after a rebuild, or in a new one when set to reset', async () => {
    const registration = page.text('registration');
    const rebuilt = async (from: string, to: string) => {
      const before = page.text('build-status');
      page.markCourse();
      await editCourse(from, to);
      await until(() => page.courseReloaded() && page.text('build-status') !== before && page.courseText().includes(SPANISH), 'the xAPI course reloads', seen, 60_000);
    };
    await rebuilt('Visitors decide within seconds', 'Visitors decide within three seconds');
    expect(page.text('registration')).to.equal(registration);
    page.doc.querySelector<HTMLInputElement>('input[name="onRebuild"][value="reset"]')!.click();
    await rebuilt('Visitors decide within three seconds', 'Visitors decide within seconds');
    expect(page.text('registration')).to.match(/^Registration [0-9a-f-]{36}$/).and.not.equal(registration);
    page.doc.querySelector<HTMLInputElement>('input[name="onRebuild"][value="keep"]')!.click();
  });

  it('runs cmi5 through the test LMS, which sends the language as the learner preference', async () => {
    await show('cmi5', SPANISH);
    await until(
      () => ['launched', 'initialized'].every((verb) => page.items('statements').some((s) => s.includes(verb))),
      'the statement log shows the LMS\'s "launched" and the AU\'s "initialized"',
      () => page.items('statements').join('\n'),
    );
  });

  it('runs the standalone web build, and switches back to the course language with no preference', async () => {
    await show('web', SPANISH);
    page.markCourse();
    page.choose('language', '');
    await until(() => page.courseReloaded() && page.courseText().includes(ENGLISH), 'the web build shows English', seen, 60_000);
  });
});
