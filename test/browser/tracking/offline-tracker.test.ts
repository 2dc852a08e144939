import { expect } from '@open-wc/testing';
import { createOfflineTracker, OFFLINE_STATE_LIMIT } from '../../../src/tracking/offline-tracker.js';
import { noticesOf } from './lms.js';
import { progress } from './harness.js';
import { expectedUnconnectedLaunch } from '../../support/unconnected-launch.js';

describe('offline tracker (standalone build)', () => {
  const key = `frontline-test-${Math.random().toString(36).slice(2)}`;
  afterEach(() => localStorage.removeItem(key));

  it('starts fresh without a notice, and keeps progress across a reload', async () => {
    const first = createOfflineTracker(localStorage, key);
    const notices = noticesOf(first);
    const ctx = await first.start();
    expect(ctx).to.deep.equal(expectedUnconnectedLaunch(OFFLINE_STATE_LIMIT));
    first.report(progress({ location: 'lesson:2', savedState: 'v1:state', completion: 'completed', success: 'passed', scorePercent: 90 }));
    await first.save();
    expect(notices).to.deep.equal([]);

    const second = createOfflineTracker(localStorage, key);
    const again = await second.start();
    expect([again.location, again.savedState]).to.deep.equal(['lesson:2', 'v1:state']);
    expect(again.prior).to.deep.equal({ completion: 'completed', success: 'passed' });
    second.report(progress({ completion: 'incomplete', success: 'failed' }));
    expect((await createOfflineTracker(localStorage, key).start()).prior).to.deep.equal({ completion: 'completed', success: 'passed' });
  });

  it('ignores stored data it does not understand (LMS-COMPAT 23)', async () => {
    for (const junk of ['{not json', JSON.stringify({ v: 99, savedState: 'x', location: 'y' }), '42']) {
      localStorage.setItem(key, junk);
      const ctx = await createOfflineTracker(localStorage, key).start();
      expect(ctx.savedState).to.equal(null);
    }
  });

  it('writes nothing after finish', async () => {
    const tracker = createOfflineTracker(localStorage, key);
    await tracker.start();
    tracker.report(progress({ location: 'a' }));
    await tracker.finish();
    tracker.report(progress({ location: 'b' }));
    await tracker.save();
    expect((await createOfflineTracker(localStorage, key).start()).location).to.equal('a');
  });

  it('says not-saving when the browser refuses to store, and saving-again when it stores', async () => {
    const tracker = createOfflineTracker(localStorage, key);
    const notices = noticesOf(tracker);
    await tracker.start();
    // More than any origin's localStorage quota: the real browser refuses it.
    tracker.report(progress({ savedState: 'x'.repeat(12_000_000) }));
    expect(notices.map((n) => n.kind)).to.deep.equal(['not-saving']);
    expect(notices[0]!.detail).to.match(/^storage-refused \(/);
    tracker.report(progress({ savedState: 'small' }));
    expect(notices.map((n) => n.kind)).to.deep.equal(['not-saving', 'saving-again']);
  });
});
