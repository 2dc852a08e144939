import { expect } from '@open-wc/testing';
import { attest, buttonNamed, click, readToAssessment, saveAndExit, t, takeAssessment } from '../e2e/learner.js';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { control, journal, openPackage, setFault, statementsWhen, storedStatements, until, verbName, type PackageFrame, type Statement } from '../xapi/lrs-host.js';
import { launchAu, violations } from './cmi5-host.js';

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const inSession = (id: string) => (s: Statement) => s['context']?.['extensions']?.[SESSION] === id;
const terminatedIn = (id: string) => (all: Statement[]) => all.some((s) => inSession(id)(s) && verbName(s) === 'terminated');

/** Plays a relaunched session to a pass and exits (continuing where the learner left off, if asked). */
async function passToTheEnd(p: PackageFrame): Promise<void> {
  const player = p.player();
  await player.updateComplete;
  const resume = buttonNamed(player.shadowRoot!, t.resumeContinue);
  if (resume) await click(resume, 'Continue where you left off');
  await readToAssessment(player, { right: true });
  await takeAssessment(player, player.controller!.session.currentAttempt()!.questions.length);
  await attest(player);
  await saveAndExit(player);
}

describe('cmi5 sessions: reload and abandon', () => {
  let p: PackageFrame | undefined;
  afterEach(() => p?.close());

  it('reload mid-session: the ended session sends nothing more (no refused request), the learner is told to reopen from the LMS, and the next launch resumes', async () => {
    const first = await launchAu();
    p = first.frame;
    const { session } = first;
    const token = `Basic ${session.token}`;
    let player = p.player();
    await readToAssessment(player, { right: true, stopAfter: 4 });
    const place = player.controller!.place;

    const reloaded = new Promise((resolve) => p!.frame.addEventListener('load', resolve, { once: true }));
    p.win.location.reload();
    await reloaded;
    await until(() => p!.player()?.controller != null, 'the reloaded player started');
    player = p.player();
    // The page left fired pagehide, which terminated the session (cmi5 9.3.8.0-2: nothing after it).
    await statementsWhen(session.registration, terminatedIn(session.sessionId), 'terminated is stored');
    const afterReload = (await journal()).length;
    expect(player.controller!.launch.mode).to.equal('review');
    expect(player.controller!.notice?.kind).to.equal('relaunch-needed');
    await player.updateComplete;
    const notice = player.shadowRoot!.querySelector('fl-notice')!.shadowRoot!.querySelector('p')!.textContent!.trim();
    expect(notice, 'the main text says what to do').to.equal(enPlayer.relaunchNeeded);
    expect(player.controller!.place, 'the reloaded page shows where the learner was').to.deep.equal(place);
    await new Promise((r) => setTimeout(r, 3_000)); // time for retries, if there were any
    const fetches = (await journal()).filter((e) => e.path === `/cmi5/fetch/${new URL(p!.frame.src).searchParams.get('fetch')!.split('/').pop()}`);
    expect(fetches.length, 'the fetch URL is used once').to.equal(1);
    const withToken = (await journal()).filter((e) => e.auth === token);
    // 404: a document not written yet, which is no refusal.
    expect(withToken.filter((e) => e.status >= 400 && e.status !== 404).map((e) => `${e.method} ${e.path} ${e.status}`), 'no request refused by the cmi5 LMS').to.deep.equal([]);
    expect(withToken.filter((e) => e.seq > afterReload), 'nothing sent with the dead token after the reload').to.deep.equal([]);
    const stored = await storedStatements(session.registration);
    expect(stored.filter(inSession(session.sessionId)).filter((s) => verbName(s) === 'initialized').length).to.equal(1);
    expect(await violations(session.registration)).to.deep.equal([]);
    p.close();

    // The LMS launches again in the same registration: a new session that resumes.
    const second = await launchAu({ registration: session.registration });
    p = second.frame;
    expect(p.player().controller!.place).to.deep.equal(place);
    expect(p.player().controller!.launch.mode).to.equal('normal');
    expect(p.player().controller!.notice).to.equal(null);
    await passToTheEnd(p);
    await statementsWhen(session.registration, terminatedIn(second.session.sessionId), 'the second session terminated');
    expect(await violations(session.registration)).to.deep.equal([]);
  });

  it('tab closed during an LRS outage: the next session carries over what the closed one could not send, once, and keeps every rule', async () => {
    const first = await launchAu();
    p = first.frame;
    const { session } = first;
    const player = p.player();
    await statementsWhen(session.registration, (all) => all.some((s) => inSession(session.sessionId)(s) && verbName(s) === 'initialized'), 'initialized stored');
    await setFault({ mode: 'down' });
    await readToAssessment(player, { right: true });
    const drawn = player.controller!.session.currentAttempt()!.questions.length;
    await takeAssessment(player, drawn);
    await attest(player);
    const place = player.controller!.place;
    // An outage, not a blip: the AU has met it more than once before the tab goes.
    await until(async () => (await journal()).filter((e) => e.auth === `Basic ${session.token}` && e.fault === 'down').length >= 2, 'the outage met twice', 5_000);
    p.close();
    await until(async () => (await journal()).some((e) => e.auth === `Basic ${session.token}` && e.fault === 'down' && e.path === 'statements'), 'sending failed');
    await new Promise((r) => setTimeout(r, 1_000)); // the closing page's last request meets the outage too
    sessionStorage.clear(); // a new tab has none of the closed one's session storage
    await setFault({ mode: 'none' });
    await control('cmi5/abandon', { sessionId: session.sessionId });

    const second = await launchAu({ registration: session.registration });
    p = second.frame;
    expect(p.player().controller!.place).to.deep.equal(place);
    await saveAndExit(p.player());
    const stored = await statementsWhen(session.registration, terminatedIn(second.session.sessionId), 'the second session terminated');
    expect(await violations(session.registration, { abandoned: [session.sessionId] })).to.deep.equal([]);
    const mine = stored.filter(inSession(second.session.sessionId));
    // The pass, the completion, the attestation and the answers of the closed tab: in the registration, once.
    expect(stored.filter((s) => verbName(s) === 'passed').length).to.equal(1);
    expect(stored.filter((s) => verbName(s) === 'completed').length).to.equal(1);
    expect(mine.map(verbName)).to.include.members(['initialized', 'passed', 'completed', 'confirm', 'answered', 'terminated']);
    const ids = stored.map((s) => s['id']);
    expect(new Set(ids).size, 'each statement stored once').to.equal(ids.length);
    // 8.2.1.0-6: the second session's token sent only the second session's statements.
    const sentBySecond = (await journal()).filter((e) => e.auth === `Basic ${second.session.token}` && e.path === 'statements' && e.status === 200);
    const sentIds = new Set(sentBySecond.flatMap((e) => e.statements!.map((st) => st.id)));
    expect(stored.filter((s) => sentIds.has(s['id'])).every(inSession(second.session.sessionId))).to.equal(true);
  });

  it('abandon: a session whose last statements never arrive is abandoned by the LMS; the next session keeps every rule and resumes', async () => {
    const first = await launchAu();
    p = first.frame;
    const { session } = first;
    const player = p.player();
    await readToAssessment(player, { right: true, stopAfter: 3 });
    const place = player.controller!.place;
    await statementsWhen(session.registration, (all) => all.filter(inSession(session.sessionId)).some((s) => verbName(s) === 'experienced'), 'progress reached the LRS');

    // The network drops as the learner closes the window: terminated never arrives.
    await setFault({ mode: 'down' });
    const token = `Basic ${session.token}`;
    p.close();
    try {
      await until(async () => (await journal()).some((e) => e.auth === token && e.fault === 'down' && e.path === 'statements'), 'the exit request was refused', 3_000);
      await new Promise((r) => setTimeout(r, 1_000)); // the exit request itself, if the refused one was an earlier retry
    } finally {
      await setFault({ mode: 'none' });
    }
    await control('cmi5/abandon', { sessionId: session.sessionId });

    const second = await launchAu({ registration: session.registration });
    p = second.frame;
    // The unsaved progress document waited in localStorage for this registration.
    expect(p.player().controller!.place).to.deep.equal(place);
    await passToTheEnd(p);
    const stored = await statementsWhen(session.registration, terminatedIn(second.session.sessionId), 'the second session terminated');
    expect(stored.filter(inSession(session.sessionId)).map(verbName)).to.include('abandoned').and.not.include('terminated');
    expect(await violations(session.registration, { abandoned: [session.sessionId] })).to.deep.equal([]);
  });

  it("a used fetch URL in a fresh tab: the learner is told to reopen from the LMS, the LMS's error reply under Details (8.2.3)", async () => {
    const first = await launchAu();
    const query = Object.fromEntries(new URL(first.frame.frame.src).searchParams);
    first.frame.close();
    sessionStorage.clear(); // a new tab has none of the first one's session storage
    p = await openPackage('cmi5', query);
    const notice = p.player().controller!.notice;
    expect(notice?.kind).to.equal('relaunch-needed');
    expect(notice?.detail).to.contain('cmi5 fetch error 1 Already in Use or Expired');
  });
});
