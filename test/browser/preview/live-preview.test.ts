// `npm start` as a trainer uses it: the live preview runs on a copy of the
// fixture course; saving a course file reloads the course with the new text,
// keeping or resetting the learner's data as chosen; a broken file shows its
// problem in place of the course until it is fixed. The edits replace text in
// whichever file holds it, so the test does not depend on the file format.
import { expect } from '@open-wc/testing';
import { editCourse, PreviewPage, startPreview, stopPreview, until } from './preview-page.js';

const SENTENCE = 'Visitors decide within seconds whether they feel welcome.';
const REWORDED = 'Visitors decide within three seconds whether they feel welcome.';

describe('live preview', function () {
  // Each rebuild bundles the package: seconds on a shared machine.
  this.timeout(120_000);
  let page: PreviewPage;
  const seen = () => `status "${page.text('build-status')}", note "${page.text('session-note')}", course "${page.courseText().slice(0, 1500)}"`;

  beforeEach(async () => {
    localStorage.clear();
    page = new PreviewPage();
    await page.open((await startPreview()).url, { standard: 'scorm12', rebuild: 'keep' });
    await until(() => page.courseText().includes(SENTENCE), 'the course shows its first lesson', seen);
  });

  afterEach(async () => {
    page.close();
    await stopPreview();
  });

  it('reloads the course with the new text after a module file is saved, keeping or resetting the data as chosen', async () => {
    expect(page.text('build-status')).to.match(/^Built ".*" version \w+/);
    expect(page.text('session-note')).to.match(/First launch/);

    page.markCourse();
    await editCourse(SENTENCE, REWORDED);
    await until(() => page.courseReloaded() && page.courseText().includes(REWORDED), 'the course reloads with the reworded sentence', seen);
    expect(page.courseText()).not.to.include(SENTENCE);
    // "Keep": the second session starts from what the first one stored.
    expect(page.text('session-note')).to.match(/^Session 2: /).and.not.match(/First launch/);

    const reset = page.doc.querySelector<HTMLInputElement>('input[name="onRebuild"][value="reset"]')!;
    reset.click();
    page.markCourse();
    await editCourse(REWORDED, SENTENCE);
    await until(() => page.courseReloaded() && page.courseText().includes(SENTENCE), 'the course reloads with the first wording', seen);
    expect(page.text('session-note')).to.match(/^Session 3: First launch/);
  });

  it('shows the problems of a broken save instead of the course, and brings the course back once fixed', async () => {
    // An id with a space is invalid in any course format.
    await editCourse('greet_visitors', 'greet visitors');
    await until(() => page.problems().length > 0, 'the page lists the problems');
    expect(page.course.hidden, 'the stale course is hidden').to.equal(true);
    expect(page.problems().some((line) => line.includes('01-greeting') && line.includes('greet visitors')), page.problems().join('\n')).to.equal(true);
    expect(page.text('problems-summary')).to.match(/^\d+ problems? to fix/);
    expect(page.text('build-status')).to.match(/The build failed/);

    await editCourse('greet visitors', 'greet_visitors');
    await until(() => page.courseText().includes(SENTENCE), 'the course comes back');
    expect(page.problems()).to.deep.equal([]);
    expect(page.byId('problems').hidden).to.equal(true);
  });

  it('lists warnings beside the course when the build succeeds with them, e.g. a translation left stale by an English edit', async () => {
    page.close();
    await stopPreview();
    page = new PreviewPage();
    await page.open((await startPreview({ translated: true })).url, { standard: 'scorm12', rebuild: 'keep' });
    await until(() => page.courseText().includes(SENTENCE), 'the translated course shows its first lesson', seen);
    expect(page.warnings().some((line) => /not translated/.test(line)), page.warnings().join('\n')).to.equal(true);
    expect(page.warnings().some((line) => /English changed/.test(line))).to.equal(false);

    // The Spanish of this sentence now translates older English: built, shown, and warned about.
    await editCourse('Report what you saw, when and where.', 'Report what you saw and heard, when and where.');
    await until(() => page.warnings().some((line) => /English changed/.test(line)), 'the stale translation is listed', () => page.warnings().join('\n'));
    expect(page.course.hidden).to.equal(false);
    expect(page.warnings().find((line) => /English changed/.test(line))).to.match(/02-incidents\.yaml:\d+:\d+: warning: /);
  });
});
