import type { TrackerNotice, TrackerNoticeKind } from './tracker.js';

/**
 * Notice plumbing shared by adapters. `not-saving` is emitted once per run of
 * failures and `saving-again` once when it ends, so the player shows one calm
 * message instead of one per failed write. `not-connected` and
 * `relaunch-needed` are sticky: a listener added after `start()` still hears
 * them.
 */
export interface NoticeHub {
  listen(listener: (notice: TrackerNotice) => void): void;
  notConnected(detail: string): void;
  /** A write or save failed; emits `not-saving` only on the first failure of a run. */
  failed(detail: string): void;
  /** A save fully succeeded; emits `saving-again` if a run of failures was open. */
  recovered(detail: string): void;
  /** Only a relaunch from the LMS can record again: emits `relaunch-needed` once; it stays, and later failures or recoveries are not told. */
  relaunchNeeded(detail: string): void;
  readonly failing: boolean;
}

export function createNoticeHub(): NoticeHub {
  const listeners: ((notice: TrackerNotice) => void)[] = [];
  let sticky: TrackerNotice | null = null;
  let failing = false;

  const emit = (kind: TrackerNoticeKind, detail: string): void => {
    const notice = { kind, detail };
    for (const listener of listeners) {
      try {
        listener(notice);
      } catch {
        // A broken listener must not stop tracking or the other listeners.
      }
    }
  };

  return {
    listen(listener) {
      listeners.push(listener);
      if (sticky) {
        try {
          listener(sticky);
        } catch {
          // As above.
        }
      }
    },
    notConnected(detail) {
      sticky = { kind: 'not-connected', detail };
      emit('not-connected', detail);
    },
    failed(detail) {
      if (failing || sticky?.kind === 'relaunch-needed') return;
      failing = true;
      emit('not-saving', detail);
    },
    recovered(detail) {
      if (!failing || sticky?.kind === 'relaunch-needed') return;
      failing = false;
      emit('saving-again', detail);
    },
    relaunchNeeded(detail) {
      if (sticky?.kind === 'relaunch-needed') return;
      sticky = { kind: 'relaunch-needed', detail };
      emit('relaunch-needed', detail);
    },
    get failing() {
      return failing;
    },
  };
}
