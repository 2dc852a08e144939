/**
 * What every screenshot test shares: the two sizes, the SCORM 1.2 package
 * filling the viewport, and `shoot`, which saves the screenshot (the
 * `save-screenshot` server command) and checks what a learner would notice.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { launch, type LaunchOptions, type LmsSession } from '../e2e/lms-host.js';
import { clippedText, hitTarget } from './layout.js';
import { renderedAndPainted } from '../../support/settle.js';
import { contentShown } from '../e2e/learner.js';
import { coursePlaces } from '../../../src/session/places.js';

export const SIZES = {
  phone: { width: 360, height: 640 },
  desktop: { width: 1280, height: 800 },
} as const;
export type Size = keyof typeof SIZES;

/** The package filling the viewport, as it would in an LMS's player window; it opens on the cover. */
export async function openPackage(size: Size, options: LaunchOptions = {}): Promise<LmsSession> {
  const { width, height } = SIZES[size];
  await setViewport({ width, height });
  document.body.style.margin = '0';
  const s = await launch('scorm12', options);
  s.frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; z-index: 1; background: #fff`;
  await settle(s);
  return s;
}

/** Every Lit element on screen has rendered and the frame has laid out and painted. */
export const settle = async (s: LmsSession): Promise<void> => {
  await contentShown(s.player());
  await renderedAndPainted(() => s.player(), s.win);
};

/** Saves the screenshot, then checks what a learner would notice at this size. */
export async function shoot(s: LmsSession, name: string, primary: HTMLElement | undefined): Promise<void> {
  await settle(s);
  await executeServerCommand('save-screenshot', { name });
  const doc = s.frame.contentDocument!;
  const root = doc.documentElement;
  expect(root.scrollWidth, `${name}: the page scrolls sideways`).to.be.at.most(root.clientWidth);
  expect(clippedText(doc), `${name}: text cut off`).to.deep.equal([]);

  expect(primary, `${name}: the primary button`).to.exist;
  primary!.scrollIntoView({ block: 'center' });
  await settle(s);
  const r = primary!.getBoundingClientRect();
  const label = `${name}: "${primary!.textContent?.trim()}"`;
  expect(r.width, `${label} width`).to.be.at.least(24);
  expect(r.height, `${label} height`).to.be.at.least(24);
  expect(r.left >= 0 && r.right <= root.clientWidth && r.top >= 0 && r.bottom <= s.win.innerHeight, `${label} on screen`).to.equal(true);
  const hit = hitTarget(doc, r.left + r.width / 2, r.top + r.height / 2);
  expect(hit !== null && (hit === primary || primary!.contains(hit)), `${label} not covered by anything`).to.equal(true);
}


/** Opens every lesson (a lesson counts as opened once its content is on screen), so the assessment unlocks, and goes to it. */
export async function toAssessment(s: LmsSession): Promise<void> {
  const controller = s.player().controller!;
  for (const place of coursePlaces(controller.course)) {
    if (place.view !== 'lesson') continue;
    controller.go(place);
    await contentShown(s.player());
  }
  controller.go({ view: 'assessment' });
  await settle(s);
}
