// web-test-runner reporter that writes pass/fail counts to a JSON file, so
// `npm test` can print one "N passed, N failed" line. A test file that fails
// to load (no tests ran, but the session failed) counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) countSuite(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if (!session.passed && (ran === 0 || (session.errors?.length ?? 0) > 0)) totals.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
