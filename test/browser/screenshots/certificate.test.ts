/**
 * Screenshots of a branded course's certificate (saved to .cache/screenshots/
 * by the `save-screenshot` server command): on a phone and a desktop screen,
 * and printed on A4 and US Letter in print emulation. Each is checked for what
 * a reader would notice: nothing cut off, no sideways scrolling, and on paper
 * nothing but the certificate.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { $ } from '../components/helpers.js';
import { brandedCourse, certifiedPlayer, resetDocument } from '../certificate/certified-player.js';
import { renderedAndPainted } from '../../support/settle.js';
import { clippedText } from './layout.js';

const SHOTS = [
  { name: 'certificate-phone', width: 360, height: 640, media: 'screen' },
  { name: 'certificate-desktop', width: 1280, height: 800, media: 'screen' },
  // 210 × 297 mm and 8.5 × 11 in at 96 px per inch: the page's width before its margins.
  { name: 'certificate-print-a4', width: 794, height: 1123, media: 'print' },
  { name: 'certificate-print-letter', width: 816, height: 1056, media: 'print' },
] as const;

describe('certificate screenshots', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    resetDocument();
  });

  for (const shot of SHOTS) {
    it(shot.name, async () => {
      await setViewport({ width: shot.width, height: shot.height });
      const { player, certificate } = await certifiedPlayer(brandedCourse());
      await emulateMedia({ media: shot.media });
      await renderedAndPainted(() => player);
      // On a phone the certificate starts below the header: show it, as the learner scrolls to it.
      if (shot.media === 'screen' && shot.width < 900) $(certificate, '.certificate').scrollIntoView();
      await renderedAndPainted(() => player);
      await executeServerCommand('save-screenshot', { name: shot.name });
      expect(document.documentElement.scrollWidth, 'sideways scrolling').to.be.at.most(shot.width);
      expect(clippedText(document), 'text cut off').to.deep.equal([]);
      if (shot.media === 'print') {
        const card = $(certificate, '.certificate').getBoundingClientRect();
        expect(card.top, 'nothing printed above the certificate').to.be.at.most(1);
        expect(card.bottom, 'one page').to.be.at.most(shot.height);
      }
    });
  }
});
