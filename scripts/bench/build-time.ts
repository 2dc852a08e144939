/**
 * The build timed as a learner's trainer runs it: the whole `npm run build`
 * process (npm, tsx start-up, loading, bundling, zipping), wall clock.
 * Cold: tsx's transform cache off and an empty out folder (nothing from an
 * earlier build). Warm: the cache on and the previous build's packages there.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { ROOT } from '../lib/paths.js';
import type { TargetId } from '../lib/targets.js';
import { spread, type Spread } from './stats.js';

export interface BuildTimes {
  coldMs: Spread;
  warmMs: Spread;
}

function timeOnce(modules: string, out: string, targets: readonly TargetId[], cold: boolean): number {
  if (cold) rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, ...(cold && { TSX_DISABLE_CACHE: '1' }) };
  const started = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'build', '--', '--modules', modules, '--out', out, '--targets', targets.join(',')], { cwd: ROOT, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`npm run build failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return ms;
}

/** Cold and warm runs alternate, `runs` of each; the out folder holds the last (warm) build's packages after. */
export function timeBuilds(modules: string, out: string, targets: readonly TargetId[], runs: number): BuildTimes {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    cold.push(timeOnce(modules, out, targets, true));
    warm.push(timeOnce(modules, out, targets, false));
  }
  return { coldMs: spread(cold), warmMs: spread(warm) };
}
