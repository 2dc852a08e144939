// The notice hub: one calm notice per run of failures, and a relaunch notice
// that nothing replaces (only a new launch from the LMS can record again).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNoticeHub } from '../../../src/tracking/notices.js';
import type { TrackerNotice } from '../../../src/tracking/tracker.js';

test('relaunch-needed: told once, kept for late listeners, and not replaced by later failures or recoveries', () => {
  const hub = createNoticeHub();
  const heard: TrackerNotice['kind'][] = [];
  hub.listen((n) => heard.push(n.kind));
  hub.failed('lrs-unreachable (network error)');
  hub.relaunchNeeded('lrs-refused-credentials (HTTP 401)');
  hub.relaunchNeeded('lrs-refused-credentials (HTTP 401)');
  hub.failed('state-too-long (17000/16000)');
  hub.recovered('sent');
  assert.deepEqual(heard, ['not-saving', 'relaunch-needed']);
  const late: TrackerNotice[] = [];
  hub.listen((n) => late.push(n));
  assert.deepEqual(late, [{ kind: 'relaunch-needed', detail: 'lrs-refused-credentials (HTTP 401)' }]);
});
