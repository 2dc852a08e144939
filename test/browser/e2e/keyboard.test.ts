import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { launch, until, type LmsSession } from './lms-host.js';
import { buttonNamed, currentView } from './learner.js';
import { activate, focused, keyPresses, press, readToAssessmentByKeyboard, takeAssessmentByKeyboard, tabTo } from './keyboard-learner.js';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { enShell } from '../../../src/components/i18n/en-shell.js';

/**
 * The frame's random seed (lms-host.ts `seed`): the option shuffles and the assessment's draw, and so the
 * number of key presses, are the same in every run (seeds 2 and 3 took 466 and 490).
 */
const SEED = 1;

describe('keyboard alone', () => {
  let s: LmsSession | undefined;
  afterEach(() => s?.close());

  beforeEach(() => (keyPresses.count = 0));

  it('completes the whole course, from the cover to the certificate and Finish, with Tab, arrows, Space and Enter', async function () {
    this.timeout(600_000);
    await setViewport({ width: 1100, height: 900 });
    s = await launch('scorm12', { seed: SEED });
    const player = s.player();
    s.frame.focus();
    await readToAssessmentByKeyboard(player);
    await takeAssessmentByKeyboard(player);
    await until(() => player.controller!.session.progress().passed, 'the assessment is passed');
    // Focus moves to the results heading after submitting (WCAG 2.4.3).
    await until(() => focused(document)?.localName === 'h2', 'focus is on the results heading');

    await activate(buttonNamed(currentView(player).shadowRoot!, enPlayer.toAttestation), 'Continue to attestation');
    await player.updateComplete;
    const attestation = currentView(player);
    await tabTo(attestation.shadowRoot!.querySelector('input[type="checkbox"]'), 'the attestation box');
    await press('Space');
    await activate(buttonNamed(attestation.shadowRoot!, enPlayer.attestationConfirm), 'Confirm');
    await until(() => currentView(player).localName === 'fl-certificate', 'the certificate shows');

    expect(s.value('cmi.core.lesson_status')).to.equal('passed');
    await activate(buttonNamed(player.shadowRoot!, enShell.finish), 'Finish');
    await until(() => s!.count('LMSFinish') === 1, 'the session finished');
    // Fewer key presses than before one "Check answers" per knowledge check (issue 12 item 8). Before it, this
    // play-through took 616 presses (the driver then ticked checkboxes in authored order, so a shuffled list made
    // Tab wrap round the page), and 508 and 552 in two runs with today's driver (options go down the list as shown).
    // Unseeded, later runs took 445, 464 and 526, as shuffles differ per launch. Seeded, the run is the same every
    // time: 454, measured (cover's Start, Finish and the accordions' and tabs' stops included). A change that adds a
    // tab stop fails here; lower the bound when a change saves presses.
    expect(keyPresses.count, 'key presses from the cover to Finish').to.be.at.most(454);
  });
});
