import { createNoticeHub } from '../notices.js';
import type { TrackerNotice } from '../tracker.js';
import { failureDetail, isAuthFailure, type LrsFailure } from './lrs-client.js';

/**
 * The LRS engine's notices: the shared hub, plus what an LRS answer means for
 * the learner. Refused credentials (xAPI 1.0.3 Part Three §3.2: 401/403) can
 * only be cured by a relaunch from the LMS, so they say so; any other
 * failure may pass and is retried.
 */
export interface LrsNotices {
  listen(listener: (notice: TrackerNotice) => void): void;
  notConnected(detail: string): void;
  failed(detail: string): void;
  recovered(detail: string): void;
  relaunchNeeded(detail: string): void;
  /** A failed LRS request: a relaunch notice for refused credentials, else `not-saving`. */
  problem(failure: LrsFailure): void;
}

export function createLrsNotices(): LrsNotices {
  const hub = createNoticeHub();
  // The hub repeats only `not-connected` and `relaunch-needed` to late listeners; a failure met
  // while starting (the LRS unreachable) must reach the player that listens after start, too.
  let failure: string | null = null;
  const notices: LrsNotices = {
    listen(listener) {
      hub.listen(listener);
      if (hub.failing && failure !== null) listener({ kind: 'not-saving', detail: failure });
    },
    notConnected: (detail) => hub.notConnected(detail),
    failed(detail) {
      if (!hub.failing) failure = detail;
      hub.failed(detail);
    },
    recovered(detail) {
      failure = null;
      hub.recovered(detail);
    },
    relaunchNeeded(detail) {
      failure = null; // It replaces any earlier failure, for late listeners too.
      hub.relaunchNeeded(detail);
    },
    problem(f) {
      if (isAuthFailure(f)) notices.relaunchNeeded(failureDetail(f));
      else notices.failed(failureDetail(f));
    },
  };
  return notices;
}
