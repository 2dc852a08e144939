// A package carries each translation as a file beside the bundle; the launch
// loads only the chosen one. Here the course is detached exactly as the build
// does it, and the file is served from a data: URL (or not at all).
import { expect } from '@open-wc/testing';
import { english, useStrings } from '../../../src/components/i18n/strings.js';
import { detachTranslations } from '../../../src/content/translation-file.js';
import type { Course } from '../../../src/content/types.js';
import { button } from '../components/helpers.js';
import { heading, play, progressLabel } from './play.js';
import { realCourse } from './real-course.js';

/** The course as bundled, with the Spanish file at `url` (by default: the file the build would write). */
function packaged(fileText?: (text: string) => string): Course {
  const { course, files } = detachTranslations(realCourse());
  const text = fileText ? fileText(files[0]!.text) : files[0]!.text;
  return { ...course, translationFiles: { es: `data:application/json,${encodeURIComponent(text)}` } };
}

describe('translation files', () => {
  const page = { lang: document.documentElement.lang, title: document.title };
  const warn = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    useStrings(english);
    document.documentElement.lang = page.lang;
    document.title = page.title;
    sessionStorage.clear();
  });

  it('the chosen translation is loaded at launch: Spanish interface and content', async () => {
    const course = packaged();
    expect(course.translations).to.equal(undefined);
    const { player, controller } = await play('es', course);
    expect(controller.course.language).to.equal('es');
    expect(heading(player)).to.equal('Más que hacer cumplir reglas');
    expect(button(player, 'Siguiente')).to.exist;
    expect(document.documentElement.lang).to.equal('es');
    expect(warnings).to.deep.equal([]);
  });

  it('a missing file: the course runs in English, interface too, with a warning', async () => {
    const course = { ...packaged(), translationFiles: { es: 'translations/missing-es.json' } };
    const { player, controller } = await play('es', course);
    expect(controller.course.language).to.equal('en');
    expect(heading(player)).to.equal('More than a rule enforcer');
    expect(progressLabel(player)).to.match(/^Course progress/);
    expect(document.documentElement.lang).to.equal('en');
    expect(warnings.join('\n')).to.contain('translations/missing-es.json not used (HTTP 404)');
  });

  it('a file from another build (another version) is not used', async () => {
    const course = packaged((text) => text.replace('"version":"browsertest01"', '"version":"000000000000"'));
    const { player } = await play('es', course);
    expect(heading(player)).to.equal('More than a rule enforcer');
    expect(warnings.join('\n')).to.contain('not the translation of version browsertest01 into es');
  });

  it('an English learner does not load the Spanish file', async () => {
    const course = { ...packaged(), translationFiles: { es: 'translations/never-fetched.json' } };
    const { player } = await play('en', course);
    expect(heading(player)).to.equal('More than a rule enforcer');
    expect(warnings).to.deep.equal([]);
  });
});
