/**
 * Screenshots of the player's shell in the SCORM 1.2 package at a phone and a
 * desktop size: the cover, the phone header with its menu open, Finish under
 * the certificate, and a completed course opened again — each with the
 * checks of shoot.ts (no sideways scrolling, no text cut off, the main button
 * on screen and big enough to tap).
 */
import { expect } from '@open-wc/testing';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { enShell } from '../../../src/components/i18n/en-shell.js';
import { attest, buttonNamed, click, currentView, finish, startCourse, takeAssessment } from '../e2e/learner.js';
import type { LmsSession } from '../e2e/lms-host.js';
import { openPackage, settle, shoot, SIZES, toAssessment, type Size } from './shoot.js';

const viewRoot = (s: LmsSession) => currentView(s.player()).shadowRoot!;

/** Every lesson opened, the assessment passed, the attestation given: the certificate shows. */
async function toCertificate(s: LmsSession): Promise<void> {
  await startCourse(s.player());
  const controller = s.player().controller!;
  await toAssessment(s);
  await takeAssessment(s.player(), controller.session.currentAttempt()!.questions.length);
  await attest(s.player());
  await settle(s);
}

for (const size of Object.keys(SIZES) as Size[]) {
  describe(`shell screenshots at ${SIZES[size].width}×${SIZES[size].height} (${size})`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('the cover', async () => {
      s = await openPackage(size);
      expect(currentView(s.player()).localName).to.equal('fl-cover');
      await shoot(s, `${size}-cover`, buttonNamed(viewRoot(s), enShell.coverStart));
    });

    it('the certificate with Finish', async () => {
      s = await openPackage(size);
      await toCertificate(s);
      expect(currentView(s.player()).localName).to.equal('fl-certificate');
      await shoot(s, `${size}-finish`, s.player().shadowRoot!.querySelector<HTMLElement>('.pager.finish button') ?? undefined);
    });

    it('a completed course opened again', async () => {
      s = await openPackage(size);
      await toCertificate(s);
      await finish(s.player());
      const stored = s.stored();
      s.close();
      s = await openPackage(size, { previous: stored });
      expect(currentView(s.player()).localName).to.equal('fl-completed');
      await shoot(s, `${size}-completed`, buttonNamed(viewRoot(s), enPlayer.toCertificate));
    });

    if (size === 'phone') {
      it('the one-line header with its menu open', async () => {
        s = await openPackage(size);
        await startCourse(s.player());
        const root = s.player().shadowRoot!;
        expect(root.querySelector('header')!.getBoundingClientRect().height, 'header height').to.be.at.most(56);
        await click(root.querySelector<HTMLButtonElement>('.menu-toggle') ?? undefined, 'Menu');
        await settle(s);
        await shoot(s, `${size}-header-menu`, buttonNamed(root.querySelector('#menu')!, enPlayer.saveAndExit));
      });
    }
  });
}
