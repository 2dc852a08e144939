import { expect } from '@open-wc/testing';
import { readToAssessment, saveAndExit } from '../e2e/learner.js';
import { ACTOR, journal, openPackage, statementsWhen, until, verbName, xapiLaunch, type PackageFrame } from './lrs-host.js';
import { courseIri, expectStatementBasics } from './statement-checks.js';

describe('standalone web build', () => {
  let p: PackageFrame | undefined;
  afterEach(() => p?.close());

  it('without launch parameters: no LRS, progress kept in localStorage across a reload', async () => {
    localStorage.clear();
    const before = (await journal()).length;
    p = await openPackage('web', {});
    let player = p.player();
    expect(player.controller!.notice, 'no "not recorded" notice: the browser records').to.equal(null);
    await readToAssessment(player, { right: true, stopAfter: 3 });
    const place = player.controller!.place;
    const visited = [...player.controller!.session.state.visited];
    const stored = JSON.parse(localStorage.getItem(`frontline:${player.controller!.course.id}`)!);
    expect(stored.location).to.equal(`${place.view}:${(place as { id: string }).id}`);

    const reloaded = new Promise((resolve) => p!.frame.addEventListener('load', resolve, { once: true }));
    p.win.location.reload();
    await reloaded;
    await until(() => p!.player()?.controller != null, 'the reloaded player started');
    player = p.player();
    expect(player.controller!.place).to.deep.equal(place);
    expect([...player.controller!.session.state.visited]).to.have.members(visited);
    expect((await journal()).length, 'nothing was sent anywhere').to.equal(before);
  });

  it('with xAPI launch parameters: reports to that LRS like the xAPI package', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('web', query);
    const player = p.player();
    expect(player.controller!.launch.learner).to.deep.equal({ id: ACTOR.account.name, name: ACTOR.name });
    await readToAssessment(player, { right: true, stopAfter: 2 });
    await saveAndExit(player);
    const stored = await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'terminated'), 'terminated is stored');
    expectStatementBasics(stored, { registration, version: player.controller!.course.version, grouping: courseIri(player.controller!.course.id) });
    const verbs = stored.map(verbName);
    expect(verbs[0]).to.equal('initialized');
    expect(verbs.slice(-2)).to.deep.equal(['suspended', 'terminated']);
    expect(verbs.filter((v) => v === 'experienced').length).to.equal(player.controller!.session.state.visited.size);
  });
});
