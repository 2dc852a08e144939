// `npm test`: installs missing system tools, type-checks (the build only transpiles), builds the packages, unpacks each
// zip for the browser tests, runs the Node tests and the browser tests, and
// ends with one line "N passed, N failed" counting both (", N skipped" when any were).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemTools } from './ensure-system-tools.mjs';

const cache = '.cache';
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

function tapCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const text = readFileSync(file, 'utf8');
  const count = (word) => Number(text.match(new RegExp(`^# ${word} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') };
}

ensureSystemTools();
rmSync(cache, { recursive: true, force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
// The bundler drops types without checking them (scripts/lib/bundle.ts): a type error fails here.
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) totals.failed++;
if (run('npm', ['run', '--silent', 'build']) !== 0) totals.failed++;
if (run('npx', ['tsx', 'scripts/unpack-packages.ts', join(cache, 'packages')]) !== 0) totals.failed++;
// A Spanish build too, for the test that plays it end to end.
const es = join(cache, 'es-dist');
if (run('npm', ['run', '--silent', 'build', '--', '--language', 'es', '--targets', 'scorm12', '--out', es]) !== 0) totals.failed++;
if (run('npx', ['tsx', 'scripts/unpack-packages.ts', join(cache, 'packages-es'), '--dist', es]) !== 0) totals.failed++;
// The real course as data, for browser tests that cannot run the Node loader.
if (run('npx', ['tsx', 'test/support/write-course-json.ts', join(cache, 'real-course.json')]) !== 0) totals.failed++;
// Two versions of the fixture course, for the test that replaces a package while an officer is taking it.
if (run('npx', ['tsx', 'test/browser/e2e/course-update-packages.ts']) !== 0) totals.failed++;

const nodeTests = filesUnder('test/node', '.test.ts').sort();
const tap = join(cache, 'node-tests.tap');
run(process.execPath, [
  '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...nodeTests,
]);
const node = tapCounts(tap);

const summaryFile = join(cache, 'wtr-summary.json');
run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
const browser = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };

totals.passed += node.passed + browser.passed;
totals.failed += node.failed + browser.failed;
totals.skipped += node.skipped + browser.skipped;
console.log(`\nNode tests: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped; browser tests: ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`);
// Skipped tests say why in the output above (e.g. an official schema not on this machine).
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
