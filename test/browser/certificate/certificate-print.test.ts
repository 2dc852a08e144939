/**
 * The certificate as a site manager gets it: printed on A4 (210 mm ≈ 794 px)
 * and US Letter (8.5 in = 816 px) in print emulation, it is the only thing on
 * the page, fills the page's width and shows every field whole; on a wide
 * screen it takes the width of the view.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { clippedText } from '../screenshots/layout.js';
import { renderedAndPainted } from '../../support/settle.js';
import { $, text } from '../components/helpers.js';
import { brandedCourse, certifiedPlayer, resetDocument } from './certified-player.js';

const PAPER = { a4: { width: 794, height: 1123 }, letter: { width: 816, height: 1056 } } as const;

const shown = (el: Element | null | undefined): boolean => !!el && el.getClientRects().length > 0;

/** Everything of the player's shell that is not the certificate. */
function shell(player: FlPlayer): Record<string, Element | null> {
  const root = player.shadowRoot!;
  return {
    header: root.querySelector('header'),
    contents: root.querySelector('fl-course-nav'),
    'contents button': root.querySelector('.contents-toggle'),
    pager: root.querySelector('.pager'),
    notice: root.querySelector('fl-notice'),
  };
}

describe('the printed certificate', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    resetDocument();
  });

  for (const [paper, size] of Object.entries(PAPER)) {
    it(`is alone on the page and fills its width on ${paper}`, async () => {
      await setViewport(size);
      const { player, certificate } = await certifiedPlayer();
      // A notice (here: nothing saved) would print above the certificate if the shell stayed.
      expect(shown(shell(player).header), 'header on screen').to.equal(true);
      await emulateMedia({ media: 'print' });
      await renderedAndPainted(() => player);
      for (const [name, el] of Object.entries(shell(player))) expect(shown(el), `${name} printed`).to.equal(false);
      expect(shown($(certificate, '.actions button')), 'print button printed').to.equal(false);
      expect(shown($(certificate, 'h2')), 'screen heading printed').to.equal(false);
      const card = $(certificate, '.certificate').getBoundingClientRect();
      expect(card.left, 'left edge').to.be.at.most(1);
      expect(card.width, 'width').to.be.at.least(size.width - 2);
      expect(card.top, 'top: nothing above it').to.be.at.most(1);
      expect(clippedText(document), 'text cut off').to.deep.equal([]);
    });
  }

  it('prints on one sheet of A4 and of US Letter, portrait', async () => {
    await setViewport({ width: 1280, height: 800 });
    await certifiedPlayer();
    expect(document.head.querySelector('#fl-print-page')?.textContent).to.match(/@page \{ size: portrait; margin: 12mm; \}/);
    // 210 × 297 mm and 8.5 × 11 in, in points (1/72 in).
    for (const [format, width, height] of [['A4', 595, 842], ['Letter', 612, 792]] as const) {
      const printed = await executeServerCommand<{ pages: number; widthPt: number; heightPt: number }, { format: string }>('print-pdf', { format });
      expect(printed?.pages, `${format} sheets`).to.equal(1);
      expect(Math.round(printed!.widthPt), `${format} width`).to.be.closeTo(width, 2);
      expect(Math.round(printed!.heightPt), `${format} height: portrait`).to.be.closeTo(height, 2);
    }
  });

  it('carries the firm, its logo, the officer, the course, its version, the date, the score, the id and a line to sign', async () => {
    await setViewport(PAPER.a4);
    const { certificate } = await certifiedPlayer();
    await emulateMedia({ media: 'print' });
    const all = text(certificate.shadowRoot);
    const logo = $<HTMLImageElement>(certificate, 'img.logo');
    expect(logo.alt).to.equal('Northgate Security Services logo');
    expect(logo.complete && logo.naturalWidth, 'the logo loaded').to.be.greaterThan(0);
    expect(text($(certificate, '.firm'))).to.equal('Northgate Security Services');
    expect(text($(certificate, '.site'))).to.equal('Riverside Shopping Centre');
    expect(text($(certificate, '.name'))).to.equal('Sam Rivera');
    expect(text($(certificate, '.course'))).to.equal('Customer service for security officers');
    expect(text($(certificate, '.release'))).to.equal('Version 3 (December 2026)');
    expect(text($(certificate, '.fine-print'))).to.equal('Content version 6ac7f4c6cca8');
    expect(text($(certificate, '.date'))).to.match(/\d{4}/);
    expect(text($(certificate, '.score'))).to.equal('100%');
    expect(text($(certificate, '.certificate-id'))).to.match(/\S{6,}/);
    expect(all).to.contain('Signed by').and.contain('Role');
    for (const line of certificate.shadowRoot!.querySelectorAll('.signature .line')) expect(line.getBoundingClientRect().width, 'room to sign').to.be.at.least(150);
    for (const el of certificate.shadowRoot!.querySelectorAll('.certificate *')) {
      if (shown(el)) expect(el.getBoundingClientRect().bottom, `${el.localName} on the page`).to.be.at.most(PAPER.a4.height);
    }
  });

  it('is accessible, printed and on screen', async () => {
    await setViewport(PAPER.letter);
    const { player } = await certifiedPlayer();
    await expect(player).to.be.accessible();
    await emulateMedia({ media: 'print' });
    await expect(player).to.be.accessible();
  });
});

describe('the certificate on screen', () => {
  afterEach(resetDocument);

  it('takes the width of the view at 1280 px, beside the contents, not a narrow card', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { player, certificate } = await certifiedPlayer();
    const view = player.shadowRoot!.querySelector('#view')!.getBoundingClientRect();
    const nav = player.shadowRoot!.querySelector('fl-course-nav')!.getBoundingClientRect();
    const card = $(certificate, '.certificate').getBoundingClientRect();
    expect(card.left, 'right of the contents').to.be.at.least(nav.right);
    expect(card.width, 'the width of the view').to.be.at.least(view.width - 1);
    expect(card.width).to.be.at.least(700);
  });

  it('reads whole at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const { player } = await certifiedPlayer();
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    expect(clippedText(document)).to.deep.equal([]);
    await expect(player).to.be.accessible();
  });

  it('paints the header with the brand colour and the Print button with the accent', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { player, certificate } = await certifiedPlayer();
    expect(getComputedStyle(player.shadowRoot!.querySelector('header')!).backgroundColor).to.equal('rgb(20, 83, 45)');
    expect(getComputedStyle($(certificate, '.actions button')).backgroundColor).to.equal('rgb(124, 45, 18)');
  });

  it('is in Spanish for a Spanish learner, the release in the translation\'s words', async () => {
    const course = brandedCourse();
    const es = { title: 'Atención al cliente para guardias de seguridad', description: 'Para pruebas', attestation: 'Entiendo mis deberes.', release: '3 (diciembre de 2026)', assessment: { title: 'Evaluación final' }, modules: {} };
    const { certificate } = await certifiedPlayer({ ...course, translations: { es } }, 'es');
    expect(text($(certificate, '.release'))).to.equal('Versión 3 (diciembre de 2026)');
    expect(text($(certificate, '.fine-print'))).to.equal('Versión del contenido 6ac7f4c6cca8');
    expect(text(certificate.shadowRoot)).to.contain('Firmado por').and.contain('Cargo');
    expect($<HTMLImageElement>(certificate, 'img.logo').alt).to.equal('Logotipo de Northgate Security Services');
  });

  it('names the version by its release date when course.yaml has no release, and by its hash when the build has no date either', async () => {
    const dated = await certifiedPlayer(brandedCourse({ release: undefined, releaseDate: '2026-12-02' }));
    expect(text($(dated.certificate, '.release'))).to.equal('Released December 2, 2026');
    expect(text($(dated.certificate, '.fine-print'))).to.equal('Content version 6ac7f4c6cca8');
    const bare = await certifiedPlayer(brandedCourse({ release: undefined, brand: undefined, site: undefined }));
    expect(text($(bare.certificate, '.release'))).to.equal('Content version 6ac7f4c6cca8');
    expect(bare.certificate.shadowRoot!.querySelector('.fine-print, .issuer, img')).to.equal(null);
  });
});
