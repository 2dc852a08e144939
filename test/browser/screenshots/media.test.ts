/**
 * Screenshots of the course's pictures in the SCORM 1.2 package at a phone and
 * a desktop size (saved to .cache/screenshots/): a lesson opening with its
 * illustration, a scenario with its picture, the labelled graphic. At each, a
 * learner sees the picture whole, within the column, and nothing scrolls
 * sideways or is cut off.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { currentView, deepAll } from '../e2e/learner.js';
import { until, type LmsSession } from '../e2e/lms-host.js';
import { clippedText } from './layout.js';
import { openPackage, settle, SIZES, type Size } from './shoot.js';

async function openLesson(size: Size, lessonId: string): Promise<LmsSession> {
  const s = await openPackage(size);
  s.player().controller!.go({ view: 'lesson', id: lessonId });
  await settle(s);
  return s;
}

/** Scrolls `selector` to the top, waits for its pictures, saves the screenshot and checks the picture fits. */
async function shoot(s: LmsSession, selector: string, name: string): Promise<void> {
  const [part] = deepAll<HTMLElement>(currentView(s.player()).shadowRoot!, selector);
  expect(part, selector).to.exist;
  part!.scrollIntoView({ block: 'start' });
  const img = part!.querySelector('img') ?? (part!.localName === 'img' ? (part as HTMLImageElement) : null);
  await until(() => img !== null && img.complete && img.naturalWidth > 0, `${name}: the picture loaded`);
  await settle(s);
  await executeServerCommand('save-screenshot', { name });
  const doc = s.frame.contentDocument!;
  expect(doc.documentElement.scrollWidth, `${name}: the page scrolls sideways`).to.be.at.most(doc.documentElement.clientWidth);
  expect(clippedText(doc), `${name}: text cut off`).to.deep.equal([]);
  const r = img!.getBoundingClientRect();
  expect(r.left >= 0 && r.right <= doc.documentElement.clientWidth, `${name}: the picture within the page`).to.equal(true);
}

for (const size of Object.keys(SIZES) as Size[]) {
  describe(`media screenshots at ${SIZES[size].width}×${SIZES[size].height} (${size})`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('a lesson opening with its illustration', async () => {
      s = await openLesson(size, 'm1_l_more');
      await shoot(s, '.figure', `${size}-media-lesson-image`);
    });

    it('a scenario with its picture', async () => {
      s = await openLesson(size, 'm2_l_newcomer');
      await shoot(s, '.scenario', `${size}-media-scenario`);
    });

    it('the labelled graphic', async () => {
      s = await openLesson(size, 'm8_l_tech');
      await shoot(s, '.graphic', `${size}-media-graphic`);
    });
  });
}
