// The course's pictures in the SCORM 1.2 package as an LMS plays it
// (.cache/packages, from `npm run build` and scripts/unpack-packages.ts):
// each is fetched from the package only once its lesson opens.
import { expect } from '@open-wc/testing';
import { launch, until, type LmsSession } from './lms-host.js';
import { renderedAndPainted } from '../../support/settle.js';
import { spanish } from '../../../src/components/i18n/spanish.js';
import { currentView, startCourse } from './learner.js';

/** The package's media files the frame has fetched so far. */
const fetched = (s: LmsSession): string[] =>
  s.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/media/')).map((p) => p.replace(/^.*\/media\//, 'media/'));

const pictures = (s: LmsSession): HTMLImageElement[] => [...(currentView(s.player()).shadowRoot?.querySelectorAll<HTMLImageElement>('img') ?? [])];

describe('pictures in the SCORM package', () => {
  let s: LmsSession | undefined;
  afterEach(() => s?.close());

  it("the first lesson's picture loads from the package; a later lesson's is not fetched until that lesson opens", async () => {
    s = await launch('scorm12');
    await renderedAndPainted(() => s!.player(), s.win);
    const [cover] = pictures(s);
    expect(cover?.getAttribute('src'), 'the cover shows its picture').to.equal('media/cover.svg');
    expect(cover!.alt, 'decorative').to.equal('');
    await startCourse(s.player());
    await renderedAndPainted(() => s!.player(), s.win);
    const [opening] = pictures(s);
    expect(opening?.getAttribute('src')).to.equal('media/officer.svg');
    expect(opening!.alt).to.match(/security officer/);
    expect(opening!.getAttribute('loading')).to.equal('lazy');
    await until(() => opening!.complete && opening!.naturalWidth > 0, 'the opening picture loaded');
    expect(fetched(s)).to.include('media/officer.svg');
    expect(fetched(s), 'module 8 is not open yet').not.to.include('media/camera.svg');

    const module8 = s.player().controller!.course.modules.at(-1)!;
    s.player().controller!.go({ view: 'lesson', id: module8.lessons[0]!.id });
    await renderedAndPainted(() => s!.player(), s.win);
    const camera = pictures(s).find((img) => img.getAttribute('src') === 'media/camera.svg');
    expect(camera, 'the lesson shows its picture').to.exist;
    await until(() => camera!.complete && camera!.naturalWidth > 0, 'the camera picture loaded');
    expect(fetched(s)).to.include('media/camera.svg');
    expect(camera!.closest('figure')!.querySelector('figcaption')?.textContent).to.match(/Cameras see a lot/);
  });

  it('the Spanish package shows the Spanish alt text and caption (.cache/packages-es)', async () => {
    s = await launch('scorm12', { packages: '/.cache/packages-es' });
    await startCourse(s.player(), spanish);
    await renderedAndPainted(() => s!.player(), s.win);
    const [opening] = pictures(s);
    expect(opening!.alt).to.equal('Un guardia de seguridad de uniforme, con una radio en el hombro y una insignia en el pecho');
    expect(opening!.closest('figure')!.querySelector('figcaption')?.textContent).to.equal('Vigilar y ayudar: un guardia, dos trabajos.');
  });
});
