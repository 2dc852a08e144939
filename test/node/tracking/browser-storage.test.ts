// Storage blocked by the browser (private mode, sandboxed frame): trackers keep
// working in memory instead of failing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durableStorageOf, tabStorageOf } from '../../../src/tracking/browser-storage.js';

const blocked = {
  get localStorage(): Storage {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  get sessionStorage(): Storage {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
} as unknown as Window;

test('blocked localStorage: a memory stand-in that keeps what is written for the page', () => {
  const storage = durableStorageOf(blocked);
  storage.setItem('k', 'v');
  assert.equal(storage.getItem('k'), 'v');
  assert.equal(storage.length, 1);
  storage.removeItem('k');
  assert.equal(storage.getItem('k'), null);
});

test('blocked sessionStorage: none (the tab ledger then lives in memory only)', () => {
  assert.equal(tabStorageOf(blocked), null);
});
