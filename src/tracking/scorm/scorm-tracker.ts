import type { InteractionRecord, LaunchContext, LaunchMode, ProgressReport, Tracker } from '../tracker.js';
import { errorDetail } from '../errors.js';
import { afterNextPaint } from '../after-paint.js';
import { createNoticeHub } from '../notices.js';
import { mergeStatuses, UNKNOWN_STATUSES, type Statuses } from '../status.js';
import { recordsResults, unlessMalformed } from '../recording-rules.js';
import { unconnectedLaunch } from '../unconnected-launch.js';
import type { ScormDialect, Write } from './dialect.js';
import { connect, type CallFailure, type ScormConnection } from './connection.js';
import { findApi } from './find-api.js';
import { formatDecimal, formatIdentifier, formatText, clampPercent } from './format-value.js';
import { createOutbox, type Outbox, type OutboxWrite } from './outbox.js';
import { readLaunch, type CollectionState } from './read-launch.js';
import { LMS_PROFILES, type LmsProfile } from '../lms-profiles.js';
import { recordObjectives } from './record-objectives.js';
import { recordedResult, recordPolicy } from './record-policy.js';

/** First wait before a refused commit (or writes still refused) is tried again; doubles up to the longest. */
const RETRY_FIRST_MS = 1000;
const RETRY_LONGEST_MS = 15_000;

/** Where a collection entry (objective, interaction) lives once the LMS accepted its id. */
interface Slot {
  n: number | null;
  /** The LMS refused the id for good: the entry's other fields are not sent. */
  refused: boolean;
}

/**
 * The one SCORM engine: drives SCORM 1.2 or SCORM 2004 through a dialect
 * table and never asks which one it has. Every write goes through the outbox
 * (`outbox.ts`), which retries refused writes in order; every API failure
 * becomes a notice; nothing here throws or logs because the LMS did.
 */
export function createScormTracker(
  dialect: ScormDialect,
  win: Window,
  now: () => number = Date.now,
  profile: LmsProfile = LMS_PROFILES.generic,
): Tracker {
  const notices = createNoticeHub();
  const policy = recordPolicy(profile, dialect.singleStatus);
  let conn: ScormConnection | null = null;
  let started: Promise<LaunchContext> | null = null;
  let finished = false;
  let mode: LaunchMode = 'normal';
  let startedAt = 0;
  let statuses: Statuses = UNKNOWN_STATUSES;
  let objectives: CollectionState | null = null;
  let interactions: CollectionState | null = null;
  /** Objective id → where it lives (or will, once its id is accepted). */
  const objectiveSlots = new Map<string, Slot>();
  /** Every SetValue, in order, until the LMS accepts it. */
  let outbox: Outbox | null = null;
  /** The score last sent: when it changes, the status is sent again after it. */
  let lastScore: string | null = null;
  /** A write was refused for good since the last save, so that save cannot count as recovery. */
  let droppedSinceSave = false;
  /** Saved state or location over the standard's limit, so it is not being saved. */
  let oversize = false;
  let retryTimer: number | null = null;
  let retryDelay = RETRY_FIRST_MS;
  /** The last flush stopped at a write the LMS kept refusing: new writes queue behind it until the next save. */
  let stalled = false;

  const sessionTime = (): string => dialect.sessionTime.format(now() - startedAt);

  const fail = (failure: CallFailure): void => {
    notices.failed(errorDetail(failure.name, failure.code));
  };

  /** Sends what waits; true when the LMS holds everything written so far. */
  const flush = (): boolean => {
    if (!outbox) return false;
    const result = outbox.flush();
    for (const failure of result.dropped) {
      droppedSinceSave = true;
      fail(failure);
    }
    stalled = result.stalled !== null;
    if (!result.stalled) return true;
    fail(result.stalled);
    retryLater();
    return false;
  };

  /** Queues one write and sends it (with anything still waiting); `once` skips a value the LMS already holds. */
  const push = (entry: OutboxWrite): void => {
    if (!outbox || finished) return;
    outbox.push(entry);
    if (!stalled) flush();
  };
  const write = (element: string, value: string, once = true): void => push({ element, value, key: element, once });
  const writeAll = (base: string, writes: Write[]): void => {
    for (const [element, value] of writes) write(base + element, value);
  };

  const unconnected = (detail: string | null): LaunchContext => {
    if (detail !== null) notices.notConnected(detail);
    return unconnectedLaunch(dialect.stateLimit);
  };

  const begin = (): LaunchContext => {
    // Finished before it started (e.g. pagehide during launch): never open a session.
    if (finished) return unconnected(null);
    const api = findApi(win, dialect.apiName);
    if (!api) return unconnected(`${dialect.apiName} not found`);
    const c = connect(api, dialect);
    const failure = c.initialize();
    if (failure) return unconnected(errorDetail(failure.name, failure.code));
    conn = c;
    // The probe rewrites the session time: harmless at any moment, the LMS
    // keeps only the last one (SCORM 1.2 RTE §3.4 cmi.core.session_time; 2004 RTE 4.2.21).
    outbox = createOutbox(
      (element, value) => c.write(element, value),
      () => c.write(dialect.sessionTime.element, sessionTime()) === null,
    );
    startedAt = now();
    const launch = readLaunch(c, dialect);
    ({ objectives, interactions } = launch);
    mode = launch.context.mode;
    statuses = launch.context.prior;
    // LMS-COMPAT 19, SCORM 1.2 RTE §3.4 cmi.core.exit / 2004 RTE 4.2.8 cmi.exit:
    // "suspend" early, so an attempt that ends without `finish` can resume.
    write(dialect.exit.element, dialect.exit.suspend);
    // LMS-COMPAT 3: never leave the status unset (1.2 "not attempted" would
    // become "completed" at finish in Moodle); rewrite the prior one.
    if (recordsResults(mode)) writeAll(dialect.base, dialect.status.write(statuses));
    if (objectives) for (const [id, n] of objectives.indexOf) objectiveSlots.set(id, { n, refused: false });
    return launch.context;
  };

  /** The open connection, or null before start, without an LMS, or after finish. */
  const live = (): ScormConnection | null => (finished ? null : conn);

  /**
   * Queues a collection entry's id at the collection's next free index, taken
   * only when the LMS accepts the id (so a refused id never leaves a hole, and
   * an accepted one keeps its index for good).
   */
  const pushId = (collection: CollectionState, prefix: string, [child, id]: Write, slot: Slot, accepted?: (n: number) => void): void =>
    push({
      element: () => `${prefix}${collection.next}.${child}`,
      value: id,
      accepted: () => {
        slot.n = collection.next++;
        accepted?.(slot.n);
      },
      dropped: () => {
        slot.refused = true;
      },
    });
  /** Queues a field of a collection entry; it is sent after the entry's id, under the index the id got. */
  const pushField = (prefix: string, slot: Slot, child: string, value: string, key?: string): void =>
    push({ element: () => `${prefix}${slot.n}.${child}`, value, key, once: key !== undefined, cancelled: () => slot.refused });

  const reportObjectives = (progress: ProgressReport): void => {
    if (!objectives) return;
    const known = objectives;
    const { prefix, idLimit, status, descriptionLimit } = dialect.objectives;
    for (const objective of [...progress.objectives, ...recordObjectives(progress)]) {
      const id = formatIdentifier(objective.id, idLimit);
      let slot = objectiveSlots.get(id);
      if (!slot) {
        slot = { n: null, refused: false };
        objectiveSlots.set(id, slot);
        // The id goes first: both standards need it before the other fields.
        pushId(known, prefix, ['id', id], slot, (n) => known.indexOf.set(id, n));
      }
      if (slot.refused) continue;
      const merged = mergeStatuses(known.statuses.get(id) ?? UNKNOWN_STATUSES, objective);
      known.statuses.set(id, merged);
      const writes = [
        ...status.write(merged),
        ...(objective.scorePercent === null ? [] : dialect.score(clampPercent(objective.scorePercent))),
        ...(objective.description && descriptionLimit > 0 ? [['description', formatText(objective.description, descriptionLimit)] as const] : []),
      ];
      for (const [child, value] of writes) {
        if (known.children.has(child.split('.')[0] ?? child)) pushField(prefix, slot, child, value, `objective ${id} ${child}`);
      }
    }
  };

  const reportState = (progress: ProgressReport): void => {
    // LMS-COMPAT 12: saved state over the limit is not written (a refused or
    // truncated write breaks resume); completion and score are still kept.
    // Location and state go together, so a resume never pairs a new bookmark
    // with old state.
    const tooLong =
      progress.savedState.length > dialect.stateLimit
        ? `${progress.savedState.length}/${dialect.stateLimit}`
        : progress.location.length > dialect.locationLimit
          ? `location ${progress.location.length}/${dialect.locationLimit}`
          : null;
    oversize = tooLong !== null;
    if (tooLong) {
      notices.failed(errorDetail('state-too-long', tooLong));
      return;
    }
    write(dialect.reads.location.element, progress.location);
    write(dialect.reads.savedState.element, progress.savedState);
  };

  /** Tries again later, off the learner's path, while the LMS refuses writes or the commit. */
  const retryLater = (): void => {
    if (retryTimer !== null || finished) return;
    retryTimer = win.setTimeout(() => {
      retryTimer = null;
      afterNextPaint(win, () => void save());
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_LONGEST_MS);
  };

  const save = async (): Promise<void> => {
    const c = live();
    if (!c) return;
    write(dialect.sessionTime.element, sessionTime(), false);
    // LMS-COMPAT 20: commit only once every write is in, so score, status
    // and session time always land in the same commit; refused ones first.
    if (!flush()) return;
    const failure = c.commit();
    if (failure) {
      fail(failure);
      retryLater();
    } else {
      if (retryTimer !== null) win.clearTimeout(retryTimer);
      retryTimer = null;
      retryDelay = RETRY_FIRST_MS;
      if (!droppedSinceSave && !oversize) notices.recovered('commit');
    }
    droppedSinceSave = false;
  };

  return {
    standard: dialect.standard,

    start() {
      if (!started) {
        let context: LaunchContext;
        try {
          context = begin();
        } catch {
          // Only a bug of ours can land here; the course must still run (Tracker.start never rejects).
          conn = null;
          context = unconnected('general (start)');
        }
        started = Promise.resolve(context);
      }
      return started;
    },

    report(progress) {
      if (!live()) return;
      if (recordsResults(mode)) {
        statuses = mergeStatuses(statuses, progress);
        // What the LMS may hold now: a pass may wait for the attestation (record-policy.ts).
        const recorded = recordedResult(statuses, progress.scorePercent, policy);
        // LMS-COMPAT 20: score, then status, then (in save) session time, in
        // one commit. A new score (a retake) sends the status again after it,
        // even unchanged, so the LMS never pairs it with an older commit's status.
        const score = recorded.scorePercent === null ? null : dialect.score(clampPercent(recorded.scorePercent));
        const newScore = score !== null && JSON.stringify(score) !== lastScore;
        if (score) {
          writeAll(dialect.base, score);
          lastScore = JSON.stringify(score);
        }
        for (const [element, value] of dialect.status.write(recorded.statuses)) write(dialect.base + element, value, !newScore);
        if (profile.objectives) reportObjectives(progress);
      }
      reportState(progress);
      write(dialect.exit.element, progress.finished ? dialect.exit.finished : dialect.exit.suspend);
    },

    recordInteraction(record: InteractionRecord) {
      if (!live() || !interactions || !recordsResults(mode)) return;
      const writes = unlessMalformed(() => interactionWrites(dialect, record));
      if (!writes) return;
      const [first, ...rest] = writes;
      if (!first) return;
      // The id goes first (both standards require it before any other field)
      // and takes the next index when accepted; the fields follow it in
      // order, each retried until accepted, so an answer is never split or
      // written twice.
      const slot: Slot = { n: null, refused: false };
      const { prefix } = dialect.interactions;
      const known = interactions;
      pushId(known, prefix, first, slot);
      for (const [child, value] of rest) {
        if (value !== '' && known.children.has(child.split('.')[0] ?? child)) pushField(prefix, slot, child, value);
      }
    },

    save,

    async finish() {
      const c = live();
      if (!c) {
        finished = true;
        return;
      }
      // LMS-COMPAT 8: session time before finishing. LMS-COMPAT 21: no Commit
      // right before Terminate (SCORM 2004 RTE 3.1.3.2: Terminate commits).
      // What is still refused gets its last tries here; the session then ends.
      write(dialect.sessionTime.element, sessionTime(), false);
      if (stalled) flush();
      finished = true;
      if (retryTimer !== null) win.clearTimeout(retryTimer);
      conn = null;
      const failure = c.terminate();
      if (failure) fail(failure);
    },

    onNotice(listener) {
      notices.listen(listener);
    },
  };
}

/** One interaction as `[child, value]` writes, id first (SCORM 1.2 RTE §3.4, 2004 RTE 4.2.9). */
function interactionWrites(dialect: ScormDialect, r: InteractionRecord): Write[] {
  const i = dialect.interactions;
  const f = i.fields;
  const writes: Write[] = [
    [f.id, formatIdentifier(r.id, i.idLimit)],
    // 2004 RTE 4.2.9: type before the responses, which are checked against it (408).
    [f.type, i.types[r.type]],
    [f.objectiveId, formatIdentifier(r.objectiveId, i.idLimit)],
    [f.timestamp, i.formatTimestamp(r.timestamp)],
    [f.correctPattern, i.formatResponse(r.correctResponse, r)],
    [f.weighting, formatDecimal(r.weighting)],
    [f.response, i.formatResponse(r.learnerResponse, r)],
    [f.result, r.correct ? i.results.correct : i.results.incorrect],
    [f.latency, i.formatLatency(r.latencyMs)],
  ];
  if (f.description !== null) writes.push([f.description, formatText(r.description, i.descriptionLimit)]);
  return writes;
}
