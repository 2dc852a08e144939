// When the live preview builds: the package on screen after every change (one
// build per burst, however many saves), the others only when switched to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BuildOutcome, PackageRequest } from '../../../scripts/preview/build-package.js';
import { PackageBuilds, type PackageStatus } from '../../../scripts/preview/package-builds.js';

/** A build whose finish the test decides, recording what was built. */
function controlledBuilds() {
  const built: string[] = [];
  const waiting: Array<(outcome: BuildOutcome) => void> = [];
  const statuses: PackageStatus[] = [];
  const run = (r: PackageRequest) => {
    built.push(`${r.target}${r.language ? `:${r.language}` : ''}`);
    return new Promise<BuildOutcome>((resolve) => waiting.push(resolve));
  };
  const builds = new PackageBuilds(run, (s) => statuses.push(s));
  const ok: BuildOutcome = { ok: true, title: 'T', version: 'v1', languages: ['en', 'es'], warnings: [] };
  /** Finishes the oldest running build, then lets the queue move on. */
  const finish = async (outcome: BuildOutcome = ok) => {
    await new Promise((r) => setImmediate(r));
    waiting.shift()!(outcome);
    await new Promise((r) => setImmediate(r));
  };
  return { builds, built, statuses, finish, waiting };
}

describe('preview package builds', () => {
  it('builds a package once and answers again from that build while nothing changed', async () => {
    const { builds, built, finish } = controlledBuilds();
    const first = builds.request({ target: 'scorm12', language: null });
    await finish();
    const again = await builds.request({ target: 'scorm12', language: null });
    assert.deepEqual(built, ['scorm12']);
    assert.equal((await first).seq, again.seq);
  });

  it('after a change rebuilds only the package on screen; another is built when the author switches to it', async () => {
    const { builds, built, finish } = controlledBuilds();
    const web = builds.request({ target: 'web', language: 'es' });
    await finish();
    await web;
    const scorm = builds.request({ target: 'scorm12', language: null });
    await finish();
    await scorm;
    const rebuilt = builds.sourcesChanged();
    await finish();
    await rebuilt;
    assert.deepEqual(built, ['web:es', 'scorm12', 'scorm12'], 'the web build, not on screen, waits');
    const back = builds.request({ target: 'web', language: 'es' });
    await finish();
    await back;
    assert.deepEqual(built, ['web:es', 'scorm12', 'scorm12', 'web:es'], 'built from the changed files once shown');
  });

  it('saves during a build cause one more build, not one per save', async () => {
    const { builds, built, finish, waiting } = controlledBuilds();
    void builds.request({ target: 'xapi', language: null });
    await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 3; i++) void builds.sourcesChanged();
    await finish();
    await finish();
    assert.deepEqual(built, ['xapi', 'xapi']);
    assert.equal(waiting.length, 0, 'no third build is waiting');
  });

  it('reports building, then the outcome with an increasing number', async () => {
    const { builds, statuses, finish } = controlledBuilds();
    void builds.request({ target: 'cmi5', language: null });
    await finish({ ok: false, problems: ['modules/01-a.ts: title is missing — add one'] });
    void builds.sourcesChanged();
    await finish();
    assert.deepEqual(
      statuses.map((s) => [s.target, s.state, 'seq' in s ? s.seq : null]),
      [['cmi5', 'building', null], ['cmi5', 'failed', 1], ['cmi5', 'building', null], ['cmi5', 'ready', 2]],
    );
    const failed = statuses[1]!;
    assert.ok(failed.state === 'failed' && !failed.ok && failed.problems[0]!.includes('title is missing'));
  });

  it('does nothing on a change before the page asked for any package', () => {
    const { builds, built } = controlledBuilds();
    assert.equal(builds.sourcesChanged(), null);
    assert.deepEqual(built, []);
  });
});
