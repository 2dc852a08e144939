import type { Tracker } from './tracker.js';
import { afterNextPaint, type PaintWindow } from './after-paint.js';

/**
 * When to commit, for any standard. LMS-COMPAT 32: unload cannot be relied
 * on, so commit as soon as the learner has done something they would miss
 * (a browser that goes away loses at most the current screen), and when the
 * page is hidden (LMS-COMPAT 18). LMS-COMPAT 9, 31: a commit is a synchronous
 * request of up to 2.6 s, so at most one per learner action, coalesced, and
 * always after the new screen is painted, never inside the tap. LMS-COMPAT 22:
 * other changes are saved at most every `intervalMs` while the learner is
 * active. Finish once on `pagehide` or "Save and exit".
 */
export interface SaveScheduler {
  /** Progress changed (a bookmark, a changed answer): a save will follow within `intervalMs`. */
  changed(): void;
  /** The learner did something they would miss (a lesson opened, a question answered): save once the screen is painted. */
  milestone(): void;
  /** The explicit "Save and exit": end the session, which persists everything recorded. */
  saveAndExit(): Promise<void>;
  /** Stop listening and cancel the pending save. */
  dispose(): void;
}

/** The parts of `Window` the scheduler uses; a real window fits, so does a test double. */
export type SchedulerWindow = PaintWindow & Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
};

export interface SaveSchedulerOptions {
  win: SchedulerWindow;
  tracker: Pick<Tracker, 'save' | 'finish'>;
  /** Longest time a change waits before it is saved. */
  intervalMs?: number;
}

export function createSaveScheduler({ win, tracker, intervalMs = 60_000 }: SaveSchedulerOptions): SaveScheduler {
  let dirty = false;
  let timer: ReturnType<Window['setTimeout']> | null = null;
  let ended = false;
  let finishing: Promise<void> | null = null;
  /** Cancels the save waiting for the next paint, if one is. */
  let deferred: (() => void) | null = null;

  const cancelTimer = (): void => {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
  };
  const cancelPending = (): void => {
    cancelTimer();
    deferred?.();
    deferred = null;
  };

  const save = (): Promise<void> => {
    if (ended) return Promise.resolve();
    dirty = false;
    // Tracker.save never rejects; the catch only keeps a broken tracker from
    // surfacing as an unhandled rejection in the page.
    return tracker.save().catch(() => undefined);
  };

  // One save for everything that asks before the next frame is painted.
  const saveAfterPaint = (): void => {
    cancelTimer();
    deferred ??= afterNextPaint(win, () => {
      deferred = null;
      void save();
    });
  };

  // Exactly once, whoever asks first (pagehide or "Save and exit"). No save
  // first: finishing persists what was recorded (SCORM 2004 RTE 3.1.3.2
  // Terminate implies Commit; 1.2 LMSFinish stores the data) and LMS-COMPAT 21
  // forbids a Commit right before Terminate.
  const finish = (): Promise<void> => {
    finishing ??= (async () => {
      cancelPending();
      ended = true;
      dirty = false;
      await tracker.finish().catch(() => undefined);
    })();
    return finishing;
  };

  // A hidden page paints nothing and may never run again: save now.
  const onVisibility = (): void => {
    if (win.document.visibilityState !== 'hidden' || !dirty || finishing) return;
    cancelPending();
    void save();
  };
  // A page in the back/forward cache may come back, but the LMS session cannot:
  // finish on every pagehide (LMS-COMPAT 18: `unload` is blocked or unreliable).
  const onPageHide = (): void => {
    void finish();
  };

  // visibilitychange is fired at the document (Page Visibility spec); pagehide at the window.
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);

  return {
    changed() {
      if (ended || finishing) return;
      dirty = true;
      // At most one save per interval, however many changes happen in it.
      if (deferred) return;
      timer ??= win.setTimeout(() => {
        timer = null;
        if (dirty) saveAfterPaint();
      }, intervalMs);
    },
    milestone() {
      if (ended || finishing) return;
      dirty = true;
      saveAfterPaint();
    },
    saveAndExit: finish,
    dispose() {
      cancelPending();
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
    },
  };
}
