// Every timing the bench reports is min / median / max of its runs; ratios are taken run by run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, ratioSpread, spread } from '../../../scripts/bench/stats.js';

test('min, median and max of odd and even counts, samples kept in the order taken', () => {
  assert.deepEqual(spread([5, 1, 9, 3, 7]), { min: 1, median: 5, max: 9, runs: 5, samples: [5, 1, 9, 3, 7] });
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.throws(() => median([]), /at least one/);
});

test('ratios pair the runs taken side by side', () => {
  const r = ratioSpread([200, 300, 120], [100, 100, 120]);
  assert.deepEqual([r.min, r.median, r.max], [1, 2, 3]);
  assert.throws(() => ratioSpread([1, 2], [1]), /in pairs/);
});
