/**
 * Screenshots of the key screens of the SCORM 1.2 package at a phone and a
 * desktop size (saved to .cache/screenshots/ by the `save-screenshot` server
 * command in web-test-runner.config.mjs), each with the checks a learner
 * would notice at that size: no sideways scrolling, the main button on
 * screen and big enough to tap, no text cut off.
 */
import { expect } from '@open-wc/testing';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { en } from '../../../src/components/i18n/en.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { buttonNamed, click, currentView, deepAll, practice, startCourse, takeAssessment, visibleQuestions } from '../e2e/learner.js';
import type { LaunchOptions, LmsSession } from '../e2e/lms-host.js';
import { openPackage, settle, shoot, SIZES, toAssessment, type Size } from './shoot.js';

/** The package past its cover (shell.test.ts shoots the cover), at the first lesson. */
async function open(size: Size, options: LaunchOptions = {}): Promise<LmsSession> {
  const s = await openPackage(size, options);
  await startCourse(s.player());
  await settle(s);
  return s;
}

function go(s: LmsSession, place: Parameters<NonNullable<FlPlayer['controller']>['go']>[0]): void {
  s.player().controller!.go(place);
}


async function toResults(s: LmsSession): Promise<void> {
  await toAssessment(s);
  await settle(s);
  await takeAssessment(s.player(), s.player().controller!.session.currentAttempt()!.questions.length);
  await settle(s);
}

async function toAttestation(s: LmsSession): Promise<void> {
  await toResults(s);
  await click(buttonNamed(currentView(s.player()).shadowRoot!, enPlayer.toAttestation), 'Continue to the attestation');
  await settle(s);
}

const viewRoot = (s: LmsSession) => currentView(s.player()).shadowRoot!;
const pagerNext = (s: LmsSession) => s.player().shadowRoot!.querySelector<HTMLElement>('.pager .primary') ?? undefined;

for (const size of Object.keys(SIZES) as Size[]) {
  describe(`screenshots at ${SIZES[size].width}×${SIZES[size].height} (${size})`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('a lesson', async () => {
      s = await open(size);
      await shoot(s, `${size}-lesson`, pagerNext(s));
    });

    it('a lesson with a scenario', async () => {
      s = await open(size);
      const lesson = s.player().controller!.course.modules.flatMap((m) => m.lessons).find((l) => l.blocks.some((b) => b.kind === 'scenario'))!;
      go(s, { view: 'lesson', id: lesson.id });
      await settle(s);
      deepAll<HTMLElement>(viewRoot(s), '.scenario')[0]!.scrollIntoView({ block: 'start' });
      await shoot(s, `${size}-lesson-scenario`, pagerNext(s));
    });

    it('a knowledge check answered, with feedback', async () => {
      s = await open(size);
      go(s, { view: 'check', id: s.player().controller!.course.modules[0]!.id });
      await settle(s);
      const q = visibleQuestions(s.player())[0]!;
      await practice(s.player(), true); // every question, then the one Check answers
      await settle(s);
      const feedback = q.shadowRoot!.querySelector<HTMLElement>('.result');
      expect(feedback?.textContent).to.contain(en.correct);
      // The learner's eyes are on the feedback just given, not on the top of the page.
      feedback!.scrollIntoView({ block: 'center' });
      await shoot(s, `${size}-check-feedback`, pagerNext(s));
    });

    it('the assessment', async () => {
      s = await open(size);
      await toAssessment(s);
      await settle(s);
      await shoot(s, `${size}-assessment`, buttonNamed(viewRoot(s), enPlayer.submit));
    });

    it('the results, passed', async () => {
      s = await open(size);
      await toResults(s);
      expect(viewRoot(s).textContent).to.contain(enPlayer.passedTitle);
      await shoot(s, `${size}-results-pass`, buttonNamed(viewRoot(s), enPlayer.toAttestation));
    });

    it('the attestation', async () => {
      s = await open(size);
      await toAttestation(s);
      expect(viewRoot(s).textContent).to.contain(enPlayer.attestationTitle);
      await shoot(s, `${size}-attestation`, buttonNamed(viewRoot(s), enPlayer.attestationConfirm));
    });

    it('the certificate', async () => {
      s = await open(size);
      await toAttestation(s);
      await click(viewRoot(s).querySelector<HTMLInputElement>('input[type="checkbox"]') ?? undefined, 'the attestation box');
      await settle(s);
      await click(buttonNamed(viewRoot(s), enPlayer.attestationConfirm), 'Confirm');
      await settle(s);
      expect(viewRoot(s).textContent).to.contain('Sam Rivera');
      await shoot(s, `${size}-certificate`, buttonNamed(viewRoot(s), enPlayer.print));
    });

    it('the not-connected notice', async () => {
      s = await open(size, { noApi: true });
      const notice = deepAll<HTMLElement>(s.player().shadowRoot!, '[role="status"]').find((el) => el.textContent?.includes(enPlayer.notConnected));
      expect(notice, 'the notice').to.exist;
      await shoot(s, `${size}-not-connected`, pagerNext(s));
    });

    if (size === 'phone') {
      it('the contents, opened', async () => {
        s = await open(size);
        await click(s.player().shadowRoot!.querySelector<HTMLButtonElement>('.menu-toggle') ?? undefined, 'Menu');
        await settle(s);
        const toggle = buttonNamed(s.player().shadowRoot!.querySelector('#menu')!, enPlayer.showContents);
        await click(toggle, 'Contents');
        await settle(s);
        expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
        // The current lesson's link: what a learner opening the contents looks for first.
        await shoot(s, `${size}-contents`, deepAll<HTMLElement>(s.player().shadowRoot!, 'button[aria-current="page"]')[0]);
      });
    }
  });
}
