// The progress document's copy in durable storage: an unsaved copy (the LRS
// was down or refused) resumes the next launch, unless the LRS holds a newer
// one (the officer went on on another device).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LrsClient, LrsResult } from '../../../src/tracking/xapi/lrs-client.js';
import { createProgressStore } from '../../../src/tracking/xapi/progress-store.js';
import { memoryStorage } from '../../../src/tracking/browser-storage.js';

function lrs(initial: unknown, up = () => true) {
  let stored = initial;
  const client: LrsClient = {
    endpoint: 'https://lrs.example/',
    postStatements: async () => ({ ok: true, value: undefined }),
    getDocument: async (): Promise<LrsResult<unknown>> => (up() ? { ok: true, value: stored } : { ok: false, failure: { kind: 'network' } }),
    putDocument: async (_r, _p, body): Promise<LrsResult<void>> => {
      if (!up()) return { ok: false, failure: { kind: 'network' } };
      stored = body;
      return { ok: true, value: undefined };
    },
  };
  return { client, stored: () => stored as Record<string, unknown> | null };
}

const options = (client: LrsClient, storage: Storage, now: () => number) => ({ client, storage, tab: null, key: 'k', version: 'v1', actor: { mbox: 'mailto:a@b.c' }, activityId: 'https://c.example', registration: 'r', now });

test('an unsaved copy from a closed tab resumes the next launch and is written then', async () => {
  const storage = memoryStorage();
  let up = true;
  const server = lrs(null, () => up);
  const first = createProgressStore(options(server.client, storage, () => 1_000));
  await first.load();
  up = false;
  first.update({ location: 'lesson:l3', savedState: 's3' });
  assert.equal((await first.save({ keepalive: true })).ok, false);
  up = true;
  const next = createProgressStore(options(server.client, storage, () => 2_000));
  await next.load();
  assert.equal(next.current().location, 'lesson:l3');
  await next.save({ keepalive: false });
  assert.equal(server.stored()?.['location'], 'lesson:l3');
});

test('a newer document in the LRS wins over an older unsaved copy', async () => {
  const storage = memoryStorage();
  const server = lrs(null, () => false);
  const stale = createProgressStore(options(server.client, storage, () => 1_000));
  await stale.load();
  stale.update({ location: 'lesson:l1', savedState: 's1' });
  await stale.save({ keepalive: true });
  const newer = { v: 1, location: 'lesson:l5', savedState: 's5', completion: 'incomplete', success: 'unknown', courseVersion: 'v1', sent: { completed: false, passed: false }, savedAt: 5_000 };
  const next = createProgressStore(options(lrs(newer).client, storage, () => 6_000));
  await next.load();
  assert.equal(next.current().location, 'lesson:l5');
});

test('once the LRS has it, the copy leaves durable storage', async () => {
  const storage = memoryStorage();
  const store = createProgressStore(options(lrs(null).client, storage, () => 1_000));
  await store.load();
  store.update({ location: 'lesson:l2', savedState: 's2' });
  assert.notEqual(storage.getItem('k'), null);
  await store.save({ keepalive: false });
  assert.equal(storage.getItem('k'), null);
});
