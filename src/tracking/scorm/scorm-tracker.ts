import type { InteractionRecord, LaunchContext, LaunchMode, ProgressReport, Tracker } from '../tracker.js';
import { errorDetail } from '../errors.js';
import { createNoticeHub } from '../notices.js';
import { mergeStatuses, UNKNOWN_STATUSES, type Statuses } from '../status.js';
import type { ScormDialect, Write } from './dialect.js';
import { connect, type CallFailure, type ScormConnection } from './connection.js';
import { findApi } from './find-api.js';
import { formatDecimal, formatIdentifier, formatText, clampPercent } from './format-value.js';
import { readLaunch, type CollectionState } from './read-launch.js';
import { LMS_PROFILES, type LmsProfile } from '../lms-profiles.js';
import { recordObjectives } from './record-objectives.js';
import { recordedResult, recordPolicy } from './record-policy.js';

/**
 * The one SCORM engine: drives SCORM 1.2 or SCORM 2004 through a dialect
 * table and never asks which one it has. Every API failure becomes a notice;
 * nothing here throws or logs because the LMS did.
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
  /** Last value successfully written per element: only changes are sent. */
  const written = new Map<string, string>();
  /** A write failed since the last save, so that save cannot count as recovery. */
  let failedSinceSave = false;
  /** Saved state or location over the standard's limit, so it is not being saved. */
  let oversize = false;

  const fail = (failure: CallFailure): void => {
    failedSinceSave = true;
    notices.failed(errorDetail(failure.name, failure.code));
  };

  /** Writes one element; `once` elements skip the write when the value is unchanged. */
  const write = (c: ScormConnection, element: string, value: string, once = true): boolean => {
    if (once && written.get(element) === value) return true;
    const failure = c.write(element, value);
    if (failure) {
      written.delete(element);
      fail(failure);
      return false;
    }
    if (once) written.set(element, value);
    return true;
  };
  const writeAll = (c: ScormConnection, base: string, writes: Write[]): void => {
    for (const [element, value] of writes) write(c, base + element, value);
  };

  const unconnected = (detail: string | null): LaunchContext => {
    if (detail !== null) notices.notConnected(detail);
    return {
      learner: { id: '', name: '' },
      mode: 'normal',
      savedState: null,
      location: null,
      masteryPercent: null,
      stateLimit: dialect.stateLimit,
      prior: { ...UNKNOWN_STATUSES },
      language: null,
    };
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
    startedAt = now();
    const launch = readLaunch(c, dialect);
    ({ objectives, interactions } = launch);
    mode = launch.context.mode;
    statuses = launch.context.prior;
    // LMS-COMPAT 19, SCORM 1.2 RTE §3.4 cmi.core.exit / 2004 RTE 4.2.8 cmi.exit:
    // "suspend" early, so an attempt that ends without `finish` can resume.
    write(c, dialect.exit.element, dialect.exit.suspend);
    // LMS-COMPAT 3: never leave the status unset (1.2 "not attempted" would
    // become "completed" at finish in Moodle); rewrite the prior one.
    if (mode === 'normal') writeAll(c, dialect.base, dialect.status.write(statuses));
    return launch.context;
  };

  /** The open connection, or null before start, without an LMS, or after finish. */
  const live = (): ScormConnection | null => (finished ? null : conn);

  const reportObjectives = (c: ScormConnection, progress: ProgressReport): void => {
    if (!objectives) return;
    const { prefix, idLimit, status, descriptionLimit } = dialect.objectives;
    for (const objective of [...progress.objectives, ...recordObjectives(progress)]) {
      const id = formatIdentifier(objective.id, idLimit);
      let n = objectives.indexOf.get(id);
      if (n === undefined) {
        n = objectives.next;
        // The id goes first: both standards need it before the other fields.
        if (!write(c, `${prefix}${n}.id`, id)) continue;
        objectives.next++;
        objectives.indexOf.set(id, n);
      }
      const merged = mergeStatuses(objectives.statuses.get(id) ?? UNKNOWN_STATUSES, objective);
      objectives.statuses.set(id, merged);
      const writes = [
        ...status.write(merged),
        ...(objective.scorePercent === null ? [] : dialect.score(clampPercent(objective.scorePercent))),
        ...(objective.description && descriptionLimit > 0 ? [['description', formatText(objective.description, descriptionLimit)] as const] : []),
      ];
      for (const [child, value] of writes) {
        if (objectives.children.has(child.split('.')[0] ?? child)) write(c, `${prefix}${n}.${child}`, value);
      }
    }
  };

  const reportState = (c: ScormConnection, progress: ProgressReport): void => {
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
    write(c, dialect.reads.location.element, progress.location);
    write(c, dialect.reads.savedState.element, progress.savedState);
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
      const c = live();
      if (!c) return;
      // Results count only in normal mode (SCORM 1.2 RTE §3.4 cmi.core.lesson_mode,
      // 2004 RTE 4.2.16 cmi.mode: browse and review do not record performance).
      if (mode === 'normal') {
        statuses = mergeStatuses(statuses, progress);
        // What the LMS may hold now: a pass may wait for the attestation (record-policy.ts).
        const recorded = recordedResult(statuses, progress.scorePercent, policy);
        // LMS-COMPAT 20: score, then status, then (in save) session time.
        if (recorded.scorePercent !== null) writeAll(c, dialect.base, dialect.score(clampPercent(recorded.scorePercent)));
        writeAll(c, dialect.base, dialect.status.write(recorded.statuses));
        if (profile.objectives) reportObjectives(c, progress);
      }
      reportState(c, progress);
      write(c, dialect.exit.element, progress.finished ? dialect.exit.finished : dialect.exit.suspend);
    },

    recordInteraction(record: InteractionRecord) {
      const c = live();
      if (!c || !interactions || mode !== 'normal') return;
      let writes: Write[];
      try {
        writes = interactionWrites(dialect, record);
      } catch {
        return; // A malformed record must not break the course.
      }
      const n = interactions.next;
      const prefix = `${dialect.interactions.prefix}${n}.`;
      const [first, ...rest] = writes;
      // The id goes first (both standards require it before any other field);
      // if the LMS refuses it, index n stays free for the next interaction.
      if (!first || !write(c, prefix + first[0], first[1], false)) return;
      interactions.next++;
      for (const [child, value] of rest) {
        if (value !== '' && interactions.children.has(child.split('.')[0] ?? child)) write(c, prefix + child, value, false);
      }
    },

    async save() {
      const c = live();
      if (!c) return;
      write(c, dialect.sessionTime.element, dialect.sessionTime.format(now() - startedAt));
      const failure = c.commit();
      if (failure) fail(failure);
      else if (!failedSinceSave && !oversize) notices.recovered('commit');
      failedSinceSave = false;
    },

    async finish() {
      const c = live();
      finished = true;
      if (!c) return;
      conn = null;
      // LMS-COMPAT 8: session time before finishing. LMS-COMPAT 21: no Commit
      // right before Terminate (SCORM 2004 RTE 3.1.3.2: Terminate commits).
      write(c, dialect.sessionTime.element, dialect.sessionTime.format(now() - startedAt));
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
