import type { TrackerNotice, TrackerNoticeKind } from './tracker.js';

/**
 * Notice plumbing shared by adapters. `not-saving` is emitted once per run of
 * failures and `saving-again` once when it ends, so the player shows one calm
 * message instead of one per failed write. `not-connected` is sticky: a
 * listener added after `start()` still hears it.
 */
export interface NoticeHub {
  listen(listener: (notice: TrackerNotice) => void): void;
  notConnected(detail: string): void;
  /** A write or save failed; emits `not-saving` only on the first failure of a run. */
  failed(detail: string): void;
  /** A save fully succeeded; emits `saving-again` if a run of failures was open. */
  recovered(detail: string): void;
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
      if (failing) return;
      failing = true;
      emit('not-saving', detail);
    },
    recovered(detail) {
      if (!failing) return;
      failing = false;
      emit('saving-again', detail);
    },
    get failing() {
      return failing;
    },
  };
}
