import { expect } from '@open-wc/testing';
import { attest, buttonNamed, click, readToAssessment, saveAndExit, t, takeAssessment } from '../e2e/learner.js';
import { control, journal, openPackage, setFault, statementsWhen, until, verbName, type PackageFrame, type Statement } from '../xapi/lrs-host.js';
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

  it('reload mid-session: the token survives (one fetch), the ended session records nothing more, and the next launch resumes', async () => {
    const first = await launchAu();
    p = first.frame;
    const { session } = first;
    let player = p.player();
    await readToAssessment(player, { right: true, stopAfter: 4 });
    const place = player.controller!.place;

    const reloaded = new Promise((resolve) => p!.frame.addEventListener('load', resolve, { once: true }));
    p.win.location.reload();
    await reloaded;
    await until(() => p!.player()?.controller != null, 'the reloaded player started');
    player = p.player();
    // The page left fired pagehide, which terminated the session (cmi5 9.3.8.0-2: nothing after it).
    expect(player.controller!.launch.mode).to.equal('review');
    expect(player.controller!.notice?.kind).to.equal('not-connected');
    expect(player.controller!.place, 'the reloaded page shows where the learner was').to.deep.equal(place);
    const fetches = (await journal()).filter((e) => e.path === `/cmi5/fetch/${new URL(p!.frame.src).searchParams.get('fetch')!.split('/').pop()}`);
    expect(fetches.length, 'the fetch URL is used once; the reload reads the token from sessionStorage').to.equal(1);
    const stored = await statementsWhen(session.registration, terminatedIn(session.sessionId), 'terminated is stored');
    expect(stored.filter(inSession(session.sessionId)).filter((s) => verbName(s) === 'initialized').length).to.equal(1);
    expect(await violations(session.registration)).to.deep.equal([]);
    p.close();

    // The LMS launches again in the same registration: a new session that resumes.
    const second = await launchAu({ registration: session.registration });
    p = second.frame;
    expect(p.player().controller!.place).to.deep.equal(place);
    expect(p.player().controller!.launch.mode).to.equal('normal');
    await passToTheEnd(p);
    await statementsWhen(session.registration, terminatedIn(second.session.sessionId), 'the second session terminated');
    expect(await violations(session.registration)).to.deep.equal([]);
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
    } finally {
      await setFault({ mode: 'none' });
    }
    await control('cmi5/abandon', { sessionId: session.sessionId });

    const second = await launchAu({ registration: session.registration });
    p = second.frame;
    // The unsaved progress document waited in sessionStorage for this registration.
    expect(p.player().controller!.place).to.deep.equal(place);
    await passToTheEnd(p);
    const stored = await statementsWhen(session.registration, terminatedIn(second.session.sessionId), 'the second session terminated');
    expect(stored.filter(inSession(session.sessionId)).map(verbName)).to.include('abandoned').and.not.include('terminated');
    expect(await violations(session.registration, { abandoned: [session.sessionId] })).to.deep.equal([]);
  });

  it("a used fetch URL in a fresh tab: the LMS's error reply is shown, not a silent failure (8.2.3)", async () => {
    const first = await launchAu();
    const query = Object.fromEntries(new URL(first.frame.frame.src).searchParams);
    first.frame.close();
    sessionStorage.clear(); // a new tab has none of the first one's session storage
    p = await openPackage('cmi5', query);
    const notice = p.player().controller!.notice;
    expect(notice?.kind).to.equal('not-connected');
    expect(notice?.detail).to.contain('cmi5 fetch error 1 Already in Use or Expired');
  });
});
