import { expect } from '@open-wc/testing';
import { attest, click, readToAssessment, saveAndExit, t, takeAssessment } from '../e2e/learner.js';
import { journal, statementsWhen, until, validatorWarnings, verbName, type PackageFrame, type Statement } from '../xapi/lrs-host.js';
import { CERTIFICATE, DURATION, expectStatementBasics, expectWellFormedAnswers } from '../xapi/statement-checks.js';
import { courseStructure, launchAu, violations } from './cmi5-host.js';

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const defined = (s: Statement) => (s['context']['contextActivities']?.['category'] ?? []).some((a: Statement) => a['id'] === CMI5_CATEGORY);
const terminated = (s: Statement[]) => s.some((x) => verbName(x) === 'terminated');
const returnURL = () => `${location.origin}/__support.json?returned=1`;

describe('cmi5 AU against the test LMS and the LRS', () => {
  let p: PackageFrame | undefined;
  afterEach(() => p?.close());

  it('cmi5.xml: one AU with moveOn, masteryScore from the pass mark, and launchMethod', async () => {
    const structure = await courseStructure();
    expect(structure).to.deep.include({ moveOn: 'CompletedAndPassed', masteryScore: 0.8, launchMethod: 'AnyWindow', url: 'index.html' });
    expect(structure.auId).to.equal(`${structure.courseId}/au`);
  });

  it('pass, then Finish: initialized first, passed and completed once, terminated last, every rule kept, then back to returnURL', async () => {
    const launched = await launchAu({ returnURL: returnURL(), languagePreference: 'en-US,es' });
    p = launched.frame;
    const { session } = launched;
    const player = p.player();
    expect(player.controller!.launch.language).to.equal('en-US');
    await readToAssessment(player, { right: true });
    const drawn = player.controller!.session.currentAttempt()!.questions.length;
    await takeAssessment(player, drawn);
    await attest(player);
    const frame = p.frame;
    // Finish under the certificate. Not learner.finish: it waits for the player to update, and the player's page is going away.
    await click(player.shadowRoot!.querySelector<HTMLButtonElement>('.pager.finish button') ?? undefined, t.finish);
    // 10.2.6.0-1: the AU sends the learner back to the LMS once terminated.
    await until(() => frame.contentWindow?.location.href === returnURL(), 'the frame is at returnURL');

    const stored = await statementsWhen(session.registration, terminated, 'terminated is stored');
    const fromAu = stored.filter((s) => !['launched'].includes(verbName(s)));
    expect(await violations(session.registration)).to.deep.equal([]);
    const sent = (await journal()).filter((e) => e.auth === `Basic ${session.token}` && e.path === 'statements');
    expect(validatorWarnings(sent)).to.deep.equal([]);
    expectStatementBasics(fromAu, { registration: session.registration, version: player.controller!.course.version, grouping: session.activityId });
    // The template's grouping (the publisher id, 9.6.2.3) stays beside the course's.
    expect(fromAu.every((s) => s['context']['contextActivities']['grouping'].some((a: Statement) => a['id'] === session.publisherId))).to.equal(true);
    const certificateId = player.controller!.certificateId!;
    const completed = fromAu.find((s) => verbName(s) === 'completed')!;
    expect(completed['result']['extensions'][CERTIFICATE], 'the certificate id in the completion').to.equal(certificateId);
    expect(fromAu.find((s) => verbName(s) === 'confirm')!['result']['extensions'][CERTIFICATE]).to.equal(certificateId);
    expect(fromAu.filter(defined).map(verbName)).to.deep.equal(['initialized', 'passed', 'completed', 'terminated']);
    const passed = fromAu.find((s) => verbName(s) === 'passed')!;
    expect(passed['object']['id']).to.equal(session.activityId);
    expect(passed['result']).to.deep.include({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
    expect(passed['result']['duration']).to.match(DURATION);
    expect(passed['context']['extensions'][MASTERY]).to.equal(0.8);
    expect(fromAu.every((s) => s['context']['extensions'][SESSION] === session.sessionId)).to.equal(true);
    expectWellFormedAnswers(fromAu.filter((s) => verbName(s) === 'answered'));
  });

  it("fail under LaunchData's stricter masteryScore: one failed, held until the session ends, with the score below it", async () => {
    const { frame, session } = await launchAu({ masteryScore: 0.95 });
    p = frame;
    const player = p.player();
    expect(player.controller!.session.passMark).to.equal(95);
    await readToAssessment(player, { right: true });
    const drawn = player.controller!.session.currentAttempt()!.questions.length;
    await takeAssessment(player, drawn - 2); // 90%: a pass by the course's 80%, a fail by the LMS's 95%
    expect(player.shadowRoot!.querySelector('fl-results')!.shadowRoot!.textContent).to.contain('did not pass');
    await saveAndExit(player);

    const stored = await statementsWhen(session.registration, terminated, 'terminated is stored');
    expect(await violations(session.registration)).to.deep.equal([]);
    const fromAu = stored.filter((s) => verbName(s) !== 'launched');
    expect(fromAu.filter(defined).map(verbName)).to.deep.equal(['initialized', 'failed', 'terminated']);
    const failed = fromAu.find((s) => verbName(s) === 'failed')!;
    expect(failed['result']).to.deep.include({ success: false, score: { scaled: 0.9, raw: 90, min: 0, max: 100 } });
    expect(failed['context']['extensions'][MASTERY]).to.equal(0.95);
  });

  for (const launchMode of ['Browse', 'Review'] as const) {
    it(`${launchMode} mode: only initialized and terminated, no judgement, nothing recorded`, async () => {
      const { frame, session } = await launchAu({ launchMode });
      p = frame;
      const player = p.player();
      expect(player.controller!.launch.mode).to.equal(launchMode.toLowerCase());
      await readToAssessment(player, { right: true });
      await takeAssessment(player, player.controller!.session.currentAttempt()!.questions.length);
      await saveAndExit(player);
      const stored = await statementsWhen(session.registration, terminated, 'terminated is stored');
      expect(await violations(session.registration)).to.deep.equal([]);
      expect(stored.filter((s) => verbName(s) !== 'launched').map(verbName)).to.deep.equal(['initialized', 'terminated']);
    });
  }
});
