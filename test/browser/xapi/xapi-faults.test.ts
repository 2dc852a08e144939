import { expect } from '@open-wc/testing';
import { readToAssessment, saveAndExit } from '../e2e/learner.js';
import { journal, openPackage, setFault, statementsWhen, storedStatements, until, verbName, xapiLaunch, type JournalEntry, type PackageFrame, type Statement } from './lrs-host.js';

const terminated = (s: Statement[]) => s.some((x) => verbName(x) === 'terminated');

/** Nothing lost: every statement id the package ever sent is stored. Nothing twice: each stored once, and no statement re-created under a new id. */
async function expectNothingLostNothingTwice(auth: string, registration: string): Promise<Statement[]> {
  const sent = (await journal()).filter((e: JournalEntry) => e.auth === auth && e.path === 'statements');
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

  it('LRS down: statements wait in sessionStorage, retry with backoff, and all arrive once it is back', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const player = p.player();
    await statementsWhen(registration, (s) => s.length > 0, 'initialized stored');
    await setFault({ mode: 'down' });
    await readToAssessment(player, { right: true, stopAfter: 4 });
    await until(() => player.controller!.notice?.kind === 'not-saving', 'the learner is told progress is not being saved');
    expect(player.controller!.notice!.detail).to.match(/^lrs-unreachable \(/);
    const queued = Object.keys(p.win.sessionStorage).filter((k) => k.endsWith(':queue'));
    expect(queued.length, 'unsent statements are in sessionStorage').to.equal(1);
    expect(JSON.parse(p.win.sessionStorage.getItem(queued[0]!)!).items.length).to.be.greaterThan(3);
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

  it('401: the LRS refuses the launch credentials; a clear notice, and the statements are kept', async () => {
    const { query } = await xapiLaunch({ auth: `Basic ${btoa('expired:credentials')}` });
    p = await openPackage('xapi', query);
    const player = p.player();
    await until(() => player.controller!.notice?.kind === 'not-saving', 'the learner is told progress is not being saved');
    expect(player.controller!.notice!.detail).to.match(/^lrs-refused-credentials \(HTTP 401\): .*relaunch the course from the LMS$/);
    await readToAssessment(player, { right: true, stopAfter: 1 });
    const queued = Object.keys(p.win.sessionStorage).filter((k) => k.endsWith(':queue'));
    const items = JSON.parse(p.win.sessionStorage.getItem(queued[0]!)!).items as Statement[];
    expect(items.map(verbName)).to.include.members(['initialized', 'experienced']);
  });

  it('down as the page closes: the last statements wait in sessionStorage and go out when the launch reloads', async () => {
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
