/**
 * The commit policy, driving a real SCORM 1.2 tracker on a real runtime and
 * counting the LMSCommit/LMSFinish calls it causes.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createSaveScheduler } from '../../../src/tracking/save-scheduler.js';
import { NO_FRAME_MS } from '../../../src/tracking/after-paint.js';
import { closeAll, open, progress, type Session } from './harness.js';
import { scorm12 } from './standards.js';

/** A window stand-in: an EventTarget with a document (also an EventTarget), real timers and real frames. */
class PageDouble extends EventTarget {
  document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  setTimeout = window.setTimeout.bind(window);
  clearTimeout = window.clearTimeout.bind(window);
  requestAnimationFrame = window.requestAnimationFrame.bind(window);
}

const count = (s: Session, method: string) => s.calls.filter((c) => c.method === method).length;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('save scheduler', () => {
  let s: Session;
  let page: PageDouble;

  beforeEach(async () => {
    s = await open(scorm12);
    await s.tracker.start();
    s.tracker.report(progress());
    page = new PageDouble();
  });
  afterEach(closeAll);

  it('saves once per interval however many changes come in it, and never without a change', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker, intervalMs: 40 });
    saves.changed();
    saves.changed();
    expect(count(s, 'LMSCommit')).to.equal(0);
    await aTimeout(150);
    expect(count(s, 'LMSCommit')).to.equal(1);
    await aTimeout(150);
    expect(count(s, 'LMSCommit')).to.equal(1);
    saves.changed();
    await aTimeout(150);
    expect(count(s, 'LMSCommit')).to.equal(2);
    saves.dispose();
  });

  it('saves a milestone once the next frame is painted, never while the tap is handled', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker, intervalMs: 10_000 });
    const button = document.createElement('button');
    let duringTap = -1;
    let inThatFrame = -1;
    button.addEventListener('click', () => {
      saves.milestone();
      duringTap = count(s, 'LMSCommit');
      // Runs in the same frame as the scheduler's own callback, after it (callbacks run in the order asked):
      // what is committed by then was committed before the frame was painted. Timed this way, not by test timers,
      // so a busy machine cannot let the frame slip past the check.
      page.requestAnimationFrame(() => (inThatFrame = count(s, 'LMSCommit')));
    });
    button.click();
    expect(duringTap, 'no commit inside the click handler').to.equal(0);
    await waitUntil(() => inThatFrame !== -1, 'the next frame came');
    expect(inThatFrame, 'nothing before the frame is painted').to.equal(0);
    await waitUntil(() => count(s, 'LMSCommit') === 1, 'the commit once the frame is painted');
    expect(count(s, 'LMSCommit')).to.equal(1);
    saves.dispose();
  });

  it('coalesces milestones that pile up before the paint into one commit', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker, intervalMs: 10_000 });
    saves.milestone();
    saves.changed();
    saves.milestone();
    saves.milestone();
    await nextFrame();
    await aTimeout(20);
    expect(count(s, 'LMSCommit')).to.equal(1);
    saves.milestone();
    await nextFrame();
    await aTimeout(20);
    expect(count(s, 'LMSCommit'), 'a later action gets its own commit').to.equal(2);
    saves.dispose();
  });

  it('a milestone in a page that paints no frames is still saved', async () => {
    const noFrames = Object.assign(new PageDouble(), { requestAnimationFrame: undefined });
    const saves = createSaveScheduler({ win: noFrames, tracker: s.tracker, intervalMs: 10_000 });
    saves.milestone();
    await aTimeout(NO_FRAME_MS + 100);
    expect(count(s, 'LMSCommit')).to.equal(1);
    saves.dispose();
  });

  it('a page hidden while a milestone waits for its frame saves at once', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker, intervalMs: 10_000 });
    saves.milestone();
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(count(s, 'LMSCommit')).to.equal(1);
    await nextFrame();
    await aTimeout(20);
    expect(count(s, 'LMSCommit'), 'not saved twice').to.equal(1);
    saves.dispose();
  });

  it('saves when the page is hidden, if something changed', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker, intervalMs: 10_000 });
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(count(s, 'LMSCommit')).to.equal(0);
    saves.changed();
    page.document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(0);
    expect(count(s, 'LMSCommit')).to.equal(1);
    page.document.visibilityState = 'visible';
    saves.changed();
    page.document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(0);
    expect(count(s, 'LMSCommit')).to.equal(1);
    saves.dispose();
  });

  it('finishes exactly once on pagehide, and saves nothing after', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker, intervalMs: 20 });
    saves.changed();
    page.dispatchEvent(new Event('pagehide'));
    page.dispatchEvent(new Event('pagehide'));
    await saves.saveAndExit();
    saves.changed();
    saves.milestone();
    await aTimeout(60);
    expect(count(s, 'LMSFinish')).to.equal(1);
    expect(count(s, 'LMSCommit')).to.equal(0);
    saves.dispose();
  });

  it('save and exit ends the session once; a later pagehide does nothing', async () => {
    const saves = createSaveScheduler({ win: page, tracker: s.tracker });
    await saves.saveAndExit();
    page.dispatchEvent(new Event('pagehide'));
    await aTimeout(0);
    expect(count(s, 'LMSFinish')).to.equal(1);
    expect(s.stored()['cmi.core.session_time']).to.match(/^\d{2,4}:\d{2}:\d{2}/);
    saves.dispose();
  });

  it('hears visibilitychange on the real document', async () => {
    const saves = createSaveScheduler({ win: window, tracker: s.tracker });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      saves.changed();
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(0);
      expect(count(s, 'LMSCommit')).to.equal(1);
    } finally {
      delete (document as unknown as Record<string, unknown>)['visibilityState'];
      saves.dispose();
    }
    expect(document.visibilityState).to.equal('visible');
  });

  it('listens to the real window, and stops after dispose', async () => {
    const saves = createSaveScheduler({ win: window, tracker: s.tracker });
    saves.dispose();
    window.dispatchEvent(new Event('pagehide'));
    expect(count(s, 'LMSFinish')).to.equal(0);
    const live = createSaveScheduler({ win: window, tracker: s.tracker });
    window.dispatchEvent(new Event('pagehide'));
    await aTimeout(0);
    expect(count(s, 'LMSFinish')).to.equal(1);
    live.dispose();
  });
});
