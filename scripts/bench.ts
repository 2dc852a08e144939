// `npm run bench [-- --runs N --copies N --targets a,b]`: for the course and a synthetic course
// N times larger (default 10, varied text), times `npm run build` cold and warm, loads the first
// lesson on a phone (4× CPU, slow 3G, gzip and uncompressed) beside a Lit-only reference page,
// plays it through, and reports every timing as min / median / max over --runs runs (default 9)
// against the budgets of issues 5 and 13; prints the table and writes dist/bench.json and dist/bench.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/paths.js';
import { isTargetId, TARGET_IDS, type TargetId } from './lib/targets.js';
import { chromiumPath } from './bench/chromium.js';
import { measureCourse, type CourseFigures } from './bench/measure-course.js';
import { PACE } from './bench/play-plan.js';
import { CPU_SLOWDOWN, SLOW_3G } from './bench/phone-network.js';
import { benchJson } from './bench/bench-json.js';
import { benchTable } from './bench/rows.js';
import { writeSyntheticCourse } from './bench/synthetic-course.js';
import { allWithinBudget, markdownTable, textTable } from './bench/table.js';

function positive(raw: string, flag: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a whole number of at least 1, not "${raw}"`);
  return n;
}

function targetList(raw: string | undefined): TargetId[] {
  if (raw === undefined) return TARGET_IDS;
  const names = raw.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = names.filter((t) => !isTargetId(t));
  if (unknown.length > 0) throw new Error(`unknown target ${unknown.join(', ')}: use ${TARGET_IDS.join(', ')}`);
  return names.filter(isTargetId);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '9' }, copies: { type: 'string', default: '10' }, targets: { type: 'string' } },
  });
  const runs = positive(values.runs, 'runs');
  const copies = positive(values.copies, 'copies');
  const targets = targetList(values.targets);
  const log = (line: string) => console.log(line);
  const started = performance.now();
  const load = loadavg().map((n) => Number(n.toFixed(2)));

  const tmp = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const courses: CourseFigures[] = [];
  try {
    const synthetic = join(tmp, 'modules');
    await writeSyntheticCourse(synthetic, copies);
    // Packages go to the temp folder too: `npm test` empties .cache/ when it starts, even mid-bench.
    const out = (label: string) => join(tmp, label);
    courses.push(await measureCourse({ label: '1×', copies: 1, modules: join(ROOT, 'modules'), out: out('x1'), targets, runs, slowCommits: true, log }));
    courses.push(await measureCourse({ label: `${copies}×`, copies, modules: synthetic, out: out(`x${copies}`), targets, runs, slowCommits: false, log }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const table = benchTable(courses);
  console.log(`\n${textTable(table)}\n`);
  const dist = join(ROOT, 'dist');
  mkdirSync(dist, { recursive: true });
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    // Other work on the machine inflates the timings: the load when the bench started and ended
    // (each course's own start and end are in its figures).
    loadAverageAtStart: load,
    loadAverageAtEnd: loadavg().map((n) => Number(n.toFixed(2))),
    network: SLOW_3G,
    cpuSlowdown: CPU_SLOWDOWN,
  };
  const figures = courses.map((c) => ({ ...c, packages: c.packages.map((p) => ({ ...p, zip: basename(p.zip) })) }));
  writeFileSync(join(dist, 'bench.json'), benchJson({ environment, runs, copies, courses: figures, table, extra: { pace: PACE } }));
  writeFileSync(join(dist, 'bench.md'), `${markdownTable(table)}\n`);
  console.log(`load average (1, 5, 15 min): ${load.join(' ')} at the start, ${environment.loadAverageAtEnd.join(' ')} at the end, on ${cpus().length} cores`);
  if (Math.max(load[0]!, environment.loadAverageAtEnd[0]!) > cpus().length / 2) console.log('note: other work was running on this machine: timings are inflated');
  const verdict = allWithinBudget(table) ? 'every figure within budget' : 'some figures over budget (✗)';
  console.log(`${verdict}; wrote dist/bench.json and dist/bench.md in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
