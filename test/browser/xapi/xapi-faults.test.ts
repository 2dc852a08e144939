import { expect } from '@open-wc/testing';
import { readToAssessment, saveAndExit } from '../e2e/learner.js';
import { enPlayer } from '../../../src/components/i18n/en-player.js';
import { control, journal, openPackage, setFault, statementsWhen, storedStatements, until, verbName, xapiLaunch, type JournalEntry, type PackageFrame, type Statement } from './lrs-host.js';
import { courseIri } from './statement-checks.js';

const terminated = (s: Statement[]) => s.some((x) => verbName(x) === 'terminated');

/** The statements a launch keeps in localStorage until the LRS has them (one list per registration and activity). */
function queued(win: Window, registration: string, courseId: string): Statement[] {
  const raw = win.localStorage.getItem(`frontline.statements:${registration}|${courseIri(courseId)}`);
  return raw ? (JSON.parse(raw).entries as { statement: Statement }[]).map((e) => e.statement) : [];
}

/** The notice's main text, as the learner reads it (not the Details line). */
function noticeText(p: PackageFrame): string {
  const notice = p.player().shadowRoot!.querySelector('fl-notice')!;
  return notice.shadowRoot!.querySelector('p')!.textContent!.trim();
}

/** Nothing lost: every statement id the package ever sent (with any of `auths`) is stored. Nothing twice: each stored once, and no statement re-created under a new id. */
async function expectNothingLostNothingTwice(auths: string | string[], registration: string): Promise<Statement[]> {
  const sent = (await journal()).filter((e: JournalEntry) => [auths].flat().includes(e.auth) && e.path === 'statements');
  const ids = new Set(sent.flatMap((e) => e.statements?.map((s) => s.id) ?? []));
  const stored = await storedStatements(registration);
  const storedIds = stored.map((s) => s['id']);
  expect([...ids].filter((id) => !storedIds.includes(id)), 'sent but never stored').to.deep.equal([]);
  expect(new Set(storedIds).size, 'each statement stored once').to.equal(storedIds.length);
  const shapes = stored.map((s) => JSON.stringify([s['verb']['id'], s['object']['id'], s['result']?.['response'] ?? null, s['context']?.['extensions']]));
  const answeredTwice = shapes.filter((x, i) => shapes.indexOf(x) !== i && x.includes('/verbs/answered'));
  expect(answeredTwice, 'no answer sent twice under new ids').to.deep.equal([]);
  return stored;
}

describe('xAPI faults: nothing lost, nothing sent twice', () => {
  let p: PackageFrame | undefined;
  afterEach(async () => {
    await setFault({ mode: 'none' });
    p?.close();
  });

  it('LRS down: statements wait in localStorage, retry with backoff, and all arrive once it is back', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const player = p.player();
    await statementsWhen(registration, (s) => s.length > 0, 'initialized stored');
    await setFault({ mode: 'down' });
    await readToAssessment(player, { right: true, stopAfter: 4 });
    await until(() => player.controller!.notice?.kind === 'not-saving', 'the learner is told progress is not being saved');
    expect(player.controller!.notice!.detail).to.match(/^lrs-unreachable \(/);
    expect(queued(p.win, registration, player.controller!.course.id).length, 'unsent statements are in localStorage').to.be.greaterThan(3);
    await new Promise((r) => setTimeout(r, 2_500));
    await setFault({ mode: 'none' });
    await until(() => player.controller!.notice === null, 'saving again', 20_000);
    await saveAndExit(player);
    const stored = await statementsWhen(registration, terminated, 'terminated is stored');
    expect(stored.filter((s) => verbName(s) === 'experienced').length).to.equal(player.controller!.session.state.visited.size);
    await expectNothingLostNothingTwice(query.auth, registration);
  });

  it('5xx answers are retried until stored', async () => {
    const { query, registration } = await xapiLaunch();
    await setFault({ mode: 'status', status: 503, count: 3 });
    p = await openPackage('xapi', query);
    const player = p.player();
    await readToAssessment(player, { right: true, stopAfter: 2 });
    await saveAndExit(player);
    await statementsWhen(registration, terminated, 'terminated is stored', 20_000);
    const faults = (await journal()).filter((e) => e.auth === query.auth && e.fault === 'status');
    expect(faults.length).to.be.greaterThan(0);
    await expectNothingLostNothingTwice(query.auth, registration);
  });

  it('a lost reply: the LRS stored the batch, the package retries it, the LRS keeps one copy', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    await statementsWhen(registration, (s) => s.length > 0, 'initialized stored');
    await setFault({ mode: 'lost-reply', count: 1 });
    const player = p.player();
    await readToAssessment(player, { right: true, stopAfter: 2 });
    await until(async () => (await journal()).some((e) => e.auth === query.auth && e.fault === 'lost-reply'), 'a reply was lost');
    await saveAndExit(player);
    await statementsWhen(registration, terminated, 'terminated is stored', 20_000);
    await expectNothingLostNothingTwice(query.auth, registration);
  });

  it('a slow LRS: nothing is sent twice, and Save and exit still delivers the last statements', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const player = p.player();
    await setFault({ mode: 'slow', delayMs: 2_000 });
    await readToAssessment(player, { right: true, stopAfter: 2 });
    await saveAndExit(player);
    await setFault({ mode: 'none' });
    await statementsWhen(registration, terminated, 'terminated is stored', 20_000);
    const sent = (await journal()).filter((e) => e.auth === query.auth && e.path === 'statements');
    const ids = sent.filter((e) => e.status === 200).flatMap((e) => e.statements!.map((s) => s.id));
    // The exit request may repeat a batch still in flight (it must carry everything up to terminated).
    const exit = sent.at(-1)!.statements!.map((s) => s.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated.filter((id) => !exit.includes(id)), 'no statement posted twice outside the exit request').to.deep.equal([]);
    await expectNothingLostNothingTwice(query.auth, registration);
  });

  it('401 at launch: no retry, the learner is told plainly to reopen the course from the LMS, and the statements are kept', async () => {
    const { query, registration } = await xapiLaunch({ auth: `Basic ${btoa('expired:credentials')}` });
    p = await openPackage('xapi', query);
    const player = p.player();
    await until(() => player.controller!.notice?.kind === 'relaunch-needed', 'the learner is told to relaunch');
    expect(player.controller!.notice!.detail).to.match(/^lrs-refused-credentials \(HTTP 401\): .*relaunch the course from the LMS$/);
    await player.updateComplete;
    expect(noticeText(p)).to.equal(enPlayer.relaunchNeeded);
    await readToAssessment(player, { right: true, stopAfter: 1 });
    await new Promise((r) => setTimeout(r, 2_000));
    const requests = (await journal()).filter((e) => e.auth === query.auth);
    expect(requests.length, `one refused request, then none (${requests.map((e) => `${e.method} ${e.path}`)})`).to.equal(1);
    expect(queued(p.win, registration, player.controller!.course.id).map(verbName)).to.include.members(['initialized', 'experienced']);
  });

  it('401 mid session: retries stop, the notice says to reopen from the LMS, and a relaunch with good credentials loses nothing', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    let player = p.player();
    const courseId = player.controller!.course.id;
    await readToAssessment(player, { right: true, stopAfter: 2 });
    await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'experienced'), 'progress stored');
    // The LMS ends the launch (e.g. its session timed out): the LRS refuses the credentials from now on.
    await control('revoke', { auth: query.auth });
    await readToAssessment(player, { right: true, stopAfter: 4 });
    await until(() => player.controller!.notice?.kind === 'relaunch-needed', 'the learner is told to relaunch');
    await player.updateComplete;
    expect(noticeText(p)).to.equal(enPlayer.relaunchNeeded);
    // Requests already on their way when the first refusal came back land too (how many depends on the machine's speed); then none.
    await new Promise((r) => setTimeout(r, 1_000));
    const sentWith = async () => (await journal()).filter((e) => e.auth === query.auth);
    const refusedThen = (await sentWith()).filter((e) => e.status === 401);
    expect(refusedThen.length, 'refused').to.be.greaterThan(0);
    const sentThen = (await sentWith()).length;
    await new Promise((r) => setTimeout(r, 3_000)); // backoff would have retried by now
    await readToAssessment(player, { right: true, stopAfter: 1 });
    await saveAndExit(player);
    const after = (await sentWith()).slice(sentThen);
    expect(after.map((e) => `${e.method} ${e.path} ${e.status}`), 'retries stopped at the first refusal: nothing sent with these credentials since').to.deep.equal([]);
    const place = player.controller!.place;
    const waiting = queued(p.win, registration, courseId);
    expect(waiting.length, 'statements wait in localStorage').to.be.greaterThan(2);
    p.close();

    // The learner reopens the course from the LMS: a new launch, new credentials, the same registration.
    const relaunch = await xapiLaunch({ registration });
    p = await openPackage('xapi', { ...relaunch.query, registration });
    player = p.player();
    expect(player.controller!.notice).to.equal(null);
    expect(player.controller!.place, 'the progress made after the refusal is kept').to.deep.equal(place);
    const stored = await statementsWhen(registration, (s) => waiting.every((w) => s.some((x) => x['id'] === w.id)), 'the waiting statements arrived');
    expect(stored.filter((s) => verbName(s) === 'initialized').length).to.equal(2);
    await expectNothingLostNothingTwice([query.auth, relaunch.query.auth], registration);
  });

  it('tab closed during an LRS outage, then relaunched: every statement arrives, exactly once', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    let player = p.player();
    const courseId = player.controller!.course.id;
    await statementsWhen(registration, (s) => s.length > 0, 'initialized stored');
    await setFault({ mode: 'down' });
    await readToAssessment(player, { right: true, stopAfter: 3 });
    const place = player.controller!.place;
    p.close(); // the tab goes, the LRS still down
    await until(async () => (await journal()).some((e) => e.auth === query.auth && e.fault === 'down'), 'sending failed');
    await new Promise((r) => setTimeout(r, 1_000)); // the closing page's last request meets the outage too
    const waiting = queued(window, registration, courseId);
    expect(waiting.map(verbName), 'what the closed tab could not send is in localStorage').to.include('experienced');
    sessionStorage.clear(); // a new tab has none of the closed one's session storage
    await setFault({ mode: 'none' });

    const relaunch = await xapiLaunch({ registration });
    p = await openPackage('xapi', { ...relaunch.query, registration });
    player = p.player();
    expect(player.controller!.place, 'the relaunch resumes where the closed tab was').to.deep.equal(place);
    await statementsWhen(registration, (s) => waiting.every((w) => s.some((x) => x['id'] === w.id)), 'the closed tab’s statements arrived');
    await saveAndExit(player);
    const stored = await statementsWhen(registration, terminated, 'terminated is stored');
    const experienced = new Set(stored.filter((s) => verbName(s) === 'experienced').map((s) => s['object']['id'].split('/').pop()));
    expect([...experienced], 'every lesson opened is in the LRS').to.have.members([...player.controller!.session.state.visited]);
    await expectNothingLostNothingTwice([query.auth, relaunch.query.auth], registration);
    expect(queued(window, registration, courseId)).to.deep.equal([]);
  });

  it('down as the page closes: the last statements wait in localStorage and go out when the launch reloads', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const player = p.player();
    await readToAssessment(player, { right: true, stopAfter: 1 });
    await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'experienced'), 'progress stored');
    await setFault({ mode: 'down' });
    await saveAndExit(player);
    await until(async () => (await journal()).some((e) => e.auth === query.auth && e.fault === 'down'), 'the exit request was refused');
    expect(terminated(await storedStatements(registration))).to.equal(false);
    await setFault({ mode: 'none' });
    const reloaded = new Promise((resolve) => p!.frame.addEventListener('load', resolve, { once: true }));
    p.win.location.reload();
    await reloaded;
    const stored = await statementsWhen(registration, terminated, 'the first session terminated after the reload', 20_000);
    expect(stored.map(verbName).filter((v) => v === 'initialized').length, 'the reload is a new xAPI session').to.equal(2);
    await expectNothingLostNothingTwice(query.auth, registration);
  });
});
