import type { Tracker } from './tracker.js';

/**
 * When to commit, for any standard. LMS-COMPAT 9: a commit is a 100–450 ms
 * synchronous request, so never commit on every change. LMS-COMPAT 22: but do
 * commit every few minutes while the learner is active. LMS-COMPAT 18: unload
 * is unreliable, so save when the page is hidden and finish once on `pagehide`.
 */
export interface SaveScheduler {
  /** Progress changed: a save will follow within `intervalMs`. */
  changed(): void;
  /** Something worth saving now (a submitted assessment, a finished module). */
  milestone(): void;
  /** The explicit "Save and exit": end the session, which persists everything recorded. */
  saveAndExit(): Promise<void>;
  /** Stop listening and cancel the pending save. */
  dispose(): void;
}

/** The parts of `Window` the scheduler uses; a real window fits, so does a test double. */
export type SchedulerWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> & {
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

  const cancelTimer = (): void => {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
  };

  const save = (): Promise<void> => {
    if (ended) return Promise.resolve();
    dirty = false;
    // Tracker.save never rejects; the catch only keeps a broken tracker from
    // surfacing as an unhandled rejection in the page.
    return tracker.save().catch(() => undefined);
  };

  // Exactly once, whoever asks first (pagehide or "Save and exit"). No save
  // first: finishing persists what was recorded (SCORM 2004 RTE 3.1.3.2
  // Terminate implies Commit; 1.2 LMSFinish stores the data) and LMS-COMPAT 21
  // forbids a Commit right before Terminate.
  const finish = (): Promise<void> => {
    finishing ??= (async () => {
      cancelTimer();
      ended = true;
      dirty = false;
      await tracker.finish().catch(() => undefined);
    })();
    return finishing;
  };

  const onVisibility = (): void => {
    if (win.document.visibilityState === 'hidden' && dirty) void save();
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
      timer ??= win.setTimeout(() => {
        timer = null;
        if (dirty) void save();
      }, intervalMs);
    },
    milestone() {
      if (finishing) return;
      cancelTimer();
      void save();
    },
    saveAndExit: finish,
    dispose() {
      cancelTimer();
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
    },
  };
}
