/**
 * The message a learner sees when a module's content file fails to load
 * (issue 13), in the SCORM 1.2 package at Moodle's kind of path, at 320 px
 * wide (WCAG 1.4.10 reflow) and at 200% zoom: no sideways scrolling, no text cut off, Try again on
 * screen, big enough and not covered. Saved as .cache/screenshots/content-failed-*.png.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { enContentStatus } from '../../../src/components/i18n/en-content-status.js';
import { contentShown, buttonNamed, currentView } from '../e2e/learner.js';
import { launch, until, type LmsSession } from '../e2e/lms-host.js';
import { MOODLE_LAUNCH as LAUNCH, moodle } from '../e2e/moodle-frame.js';
import { realCourse } from '../i18n/real-course.js';
import { renderedAndPainted } from '../../support/settle.js';
import { clippedText, hitTarget } from './layout.js';


describe('a module that did not load, on a small screen', () => {
  let s: LmsSession | undefined;
  afterEach(async () => {
    s?.close();
    await moodle('heal');
  });

  for (const { name, width, height, zoom } of [
    { name: 'content-failed-320', width: 320, height: 640, zoom: 1 },
    { name: 'content-failed-zoom', width: 640, height: 480, zoom: 2 },
  ]) {
    it(`${width}×${height} at ${zoom * 100}%: the message and Try again fit`, async function () {
      this.timeout(60_000);
      const second = realCourse().modules[1]!;
      await moodle('fail', `content/en/${second.id}.`);
      await setViewport({ width, height });
      document.body.style.margin = '0';
      s = await launch('scorm12', { url: LAUNCH });
      // 200% zoom as a browser does it: the page lays out at half the width.
      s.frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width / zoom}px; height: ${height / zoom}px; border: 0; z-index: 1; background: #fff; transform: scale(${zoom}); transform-origin: 0 0`;
      const player = s.player();
      player.controller!.go({ view: 'lesson', id: second.lessons[0]!.id });
      await until(() => player.controller!.contentStatus() === 'failed', 'the load gave up', 20_000);
      await renderedAndPainted(() => player, s.win);
      await executeServerCommand('save-screenshot', { name });
      const doc = s.frame.contentDocument!;
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(doc.documentElement.clientWidth);
      expect(clippedText(doc), 'text cut off').to.deep.equal([]);
      const retry = buttonNamed(currentView(player).shadowRoot!, enContentStatus.contentRetry)!;
      expect(retry).to.exist;
      retry.scrollIntoView({ block: 'center' });
      await renderedAndPainted(() => player, s.win);
      const r = retry.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
      const hit = hitTarget(doc, r.left + r.width / 2, r.top + r.height / 2);
      expect(hit === retry || retry.contains(hit), 'Try again is not covered').to.equal(true);
      // And it works from here.
      await moodle('heal');
      retry.click();
      await contentShown(player);
      expect(currentView(player).localName).to.equal('fl-lesson');
    });
  }
});
