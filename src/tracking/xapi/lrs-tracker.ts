import type { Course } from '../../content/types.js';
import { durableStorageOf, tabStorageOf } from '../browser-storage.js';
import { recordsResults, unlessMalformed } from '../recording-rules.js';
import { unconnectedLaunch } from '../unconnected-launch.js';
import { mergeStatuses } from '../status.js';
import type { InteractionRecord, LaunchContext, LaunchMode, ProgressReport, Tracker } from '../tracker.js';
import { courseActivities } from './course-activities.js';
import { isoDuration } from './format.js';
import { activityIris } from './iri.js';
import type { Judge, JudgedVerb } from './judged.js';
import { learnerOf } from './launch.js';
import { isAuthFailure, type LrsClient } from './lrs-client.js';
import { createLrsNotices } from './lrs-notices.js';
import { loadLedger, newLedger, saveLedger, type SessionLedger } from './progress-document.js';
import { createProgressStore, localProgress } from './progress-store.js';
import { certificateResult, createStatementFactory, judgedResult } from './statements.js';
import { backoffMs, createStatementQueue } from './statement-queue.js';
import { statementsKey } from './stored-statements.js';
import type { Agent, Statement } from './types.js';
import type { VerbName } from './vocabulary.js';

/**
 * The one engine for xAPI and cmi5: statements through a durable queue,
 * bookmark and saved state through the State resource. A profile (plain
 * xAPI, cmi5) supplies the launch, the context decoration and the judging
 * rule — the engine never asks which standard it runs.
 */
export interface LrsConnection {
  client: LrsClient;
  actor: Agent;
  registration: string | null;
  /** Object id of course-level statements (Tin Can activity_id, cmi5 activityId). */
  rootId: string;
  mode: LaunchMode;
  masteryPercent: number | null;
  language: string | null;
  /** `sessionStorage` key of this tab's session ledger. */
  key: string;
  /** `localStorage` key of the progress document's copy: one per activity, learner and registration. */
  stateKey: string;
  /**
   * The session statements belong to (cmi5 session id), or null when any launch of the
   * registration may send them as they are (plain xAPI).
   */
  session: string | null;
  /**
   * Whether an earlier session's unsent statement is sent in this one (same id, this
   * session's context); those it refuses are dropped. Only asked when `session` is set.
   */
  carriesOver?(statement: Statement): boolean;
  /** Which judged statements a report earns (depends on the launch in cmi5). */
  judge: Judge;
  /** Adds the profile's context (cmi5 template, categories); must not drop what is there. */
  decorate?(verb: VerbName, statement: Statement): Statement;
}

export interface LrsProfile {
  standard: string;
  connect(): Promise<{ ok: true; connection: LrsConnection } | { ok: false; detail: string; relaunch?: LaunchEnded }>;
  /** Statements sent when the session ends (the last one last). */
  exitVerbs(finished: boolean): VerbName[];
  /** True when a reloaded page may not continue a session whose `terminated` was sent (cmi5 9.3.8). */
  sessionEndsAtTerminate: boolean;
  /** The session's last statement is queued: a later page of this launch must not send in it. */
  sessionEnded?(): void;
  /** After the last statements went out; `leaving` when the page is being unloaded. */
  afterFinish?(leaving: boolean): void;
}

/** A launch that can record nothing more: only a relaunch from the LMS helps. */
export interface LaunchEnded {
  /** Where this launch's progress copy is kept (`LrsConnection.stateKey`), to show where the learner was. */
  stateKey: string | null;
}

export interface LrsTrackerOptions {
  profile: LrsProfile;
  course: Course;
  baseIri: string;
  win: Window;
  now?: () => number;
}

/** Saved state kept well inside the keepalive budget of the last save (64 KiB, shared with statements). */
export const LRS_STATE_LIMIT = 16_000;

export function createLrsTracker({ profile, course, baseIri, win, now = Date.now }: LrsTrackerOptions): Tracker {
  const notices = createLrsNotices();
  // Statements and progress survive a closed tab; the session ledger belongs to this tab.
  const storage = durableStorageOf(win);
  const tab = tabStorageOf(win);
  const iris = activityIris(baseIri);
  const activities = courseActivities(course, iris);
  let started: Promise<LaunchContext> | null = null;
  let live: Live | null = null;
  let finished = false;
  let leaving = false;
  win.addEventListener('pagehide', () => void (leaving = true));

  interface Live {
    conn: LrsConnection;
    statements: ReturnType<typeof createStatementFactory>;
    queue: ReturnType<typeof createStatementQueue>;
    store: ReturnType<typeof createProgressStore>;
    /** Writes the progress document; a refused write tries again on its own. */
    saveProgress(keepalive: boolean): Promise<unknown>;
    ledger: SessionLedger;
    attempted: boolean;
    finishedReport: boolean;
    /** Best score last reported (0–100), or null. */
    percent: number | null;
    /** The certificate id once the officer has attested. */
    certificateId: string | null;
    /** The attestation, held until the report that brings its certificate id. */
    attestation: InteractionRecord | null;
  }

  const unconnected = (mode: LaunchMode = 'normal', extra: Partial<LaunchContext> = {}): LaunchContext =>
    unconnectedLaunch(LRS_STATE_LIMIT, { mode, ...extra });

  const ledgerKey = (l: Live) => `${l.conn.key}:session`;
  const keepLedger = (l: Live) => saveLedger(tab, ledgerKey(l), l.ledger);
  const sendAttestation = (l: Live): void => {
    if (!l.attestation) return;
    l.queue.add([l.statements.attested(l.attestation, l.certificateId)]);
    l.attestation = null;
  };

  const judge = (l: Live, phase: 'report' | 'finish', percent: number | null): void => {
    const doc = l.store.current();
    const verbs = l.conn.judge({
      phase,
      completion: doc.completion,
      success: doc.success,
      percent,
      finished: l.finishedReport,
      sentInRegistration: doc.sent,
      sentInSession: l.ledger.verbs,
      attempted: l.attempted,
    });
    const out = verbs.map((verb) => judgedStatement(l, verb, percent));
    for (const verb of verbs) {
      l.ledger.verbs.push(verb);
      if (verb !== 'failed') l.store.markSent(verb);
    }
    if (out.length > 0) {
      keepLedger(l);
      l.queue.add(out);
    }
  };
  const judgedStatement = (l: Live, verb: JudgedVerb, percent: number | null): Statement => {
    const ms = now() - l.ledger.startedAt;
    // The certificate id in the completion, so a printed certificate can be checked against the LRS.
    if (verb === 'completed') return l.statements.course('completed', { completion: true, duration: isoDuration(ms), ...certificateResult(iris, l.certificateId) });
    return l.statements.course(verb, judgedResult(percent ?? 0, verb === 'passed', ms));
  };

  /** What a launch that can record nothing more shows: where the learner was, read-only. */
  const ended = (detail: string, stateKey: string | null): LaunchContext => {
    notices.relaunchNeeded(detail);
    const copy = stateKey ? (localProgress(storage, stateKey) ?? (tab ? localProgress(tab, stateKey) : null)) : null;
    const doc = copy?.doc;
    return doc ? unconnected('review', { savedState: doc.savedState || null, location: doc.location || null }) : unconnected();
  };

  const begin = async (): Promise<LaunchContext> => {
    const connected = await profile.connect();
    if (!connected.ok) {
      if (connected.relaunch) return ended(connected.detail, connected.relaunch.stateKey);
      notices.notConnected(connected.detail);
      return unconnected();
    }
    const conn = connected.connection;
    const previous = loadLedger(tab, `${conn.key}:session`);
    // cmi5 9.3.8.0-2, 9.3.8.0-4: this session ended when the page was left; nothing may be sent in it.
    if (previous?.terminated && profile.sessionEndsAtTerminate) return ended('terminated (cmi5 9.3.8: this session has ended; relaunch the course from the LMS)', conn.stateKey);
    // A progress save the LRS refused is tried again on its own, with the statement queue's backoff (the
    // learner may take no further action that saves). Refused credentials are never retried.
    let retryTimer: number | null = null;
    let failures = 0;
    const saveProgress = async (keepalive: boolean, retry = false) => {
      if (!retry) {
        // A save asked for now starts the backoff again, as the statement queue's flush does.
        failures = 0;
        if (retryTimer !== null) win.clearTimeout(retryTimer);
        retryTimer = null;
      }
      const r = await store.save({ keepalive });
      if (r.ok) {
        failures = 0;
        // Statements still waiting say for themselves when they are in (the queue's own events).
        if (queue.pending().length === 0) notices.recovered('saved');
      } else {
        notices.problem(r.failure);
        if (!keepalive && !isAuthFailure(r.failure) && retryTimer === null) {
          retryTimer = win.setTimeout(() => {
            retryTimer = null;
            void saveProgress(false, true);
          }, backoffMs(++failures));
        }
      }
      return r;
    };
    const store = createProgressStore({ client: conn.client, storage, tab, key: conn.stateKey, version: course.version, actor: conn.actor, activityId: conn.rootId, registration: conn.registration, now });
    const loaded = await store.load();
    if (!loaded.ok) notices.problem(loaded.failure);
    const ledger = previous && !previous.terminated ? previous : newLedger(now());
    const root = { ...activities.course, id: conn.rootId };
    const statements = createStatementFactory({ actor: conn.actor, registration: conn.registration, root, activities, iris, version: course.version, decorate: conn.decorate?.bind(conn), now });
    const queue = createStatementQueue({
      client: conn.client,
      storage,
      key: statementsKey({ registration: conn.registration, activityId: conn.rootId, actor: conn.actor }),
      session: conn.session,
      onEvent: (e) => {
        if (!e.ok) notices.problem(e.failure);
        else if (!store.failing()) notices.recovered('sent');
      },
      setTimeout: (fn, ms) => win.setTimeout(fn, ms),
      clearTimeout: (h) => win.clearTimeout(h as number),
    });
    const l: Live = { conn, statements, queue, store, saveProgress, ledger, attempted: false, finishedReport: false, percent: null, certificateId: null, attestation: null };
    live = l;
    if (!ledger.initialized) {
      // cmi5 9.3.2.0-2: initialized is the first statement of the session, sent once (9.3.2.0-3).
      ledger.initialized = true;
      queue.add([statements.course('initialized')]);
    }
    // What an earlier session could not deliver goes in this one, after initialized (cmi5 9.3.0.0-4),
    // and only in a launch that records (cmi5 10.2.2.0-9, -11).
    if (conn.carriesOver && recordsResults(conn.mode)) {
      const carriesOver = conn.carriesOver.bind(conn);
      queue.carryOver(({ statement }) => {
        if (!carriesOver(statement)) return null;
        const carried = statements.carried(statement);
        const verb = carried.verb.id.split('/').pop()!;
        // A judged verb sent in this session counts for this session's rules (cmi5 9.3.0.0-2, -3).
        if (['passed', 'failed', 'completed'].includes(verb)) ledger.verbs.push(verb);
        return carried;
      });
    }
    keepLedger(l);
    void queue.flush();
    const doc = store.current();
    return {
      learner: learnerOf(conn.actor),
      mode: conn.mode,
      savedState: doc.savedState || null,
      location: doc.location || null,
      masteryPercent: conn.masteryPercent,
      stateLimit: LRS_STATE_LIMIT,
      prior: { completion: doc.completion, success: doc.success },
      language: conn.language,
    };
  };

  const active = (): Live | null => (finished ? null : live);

  return {
    standard: profile.standard,

    start() {
      started ??= begin().catch(() => {
        live = null; // Only a bug of ours lands here; the course must still run.
        return unconnected();
      });
      return started;
    },

    report(progress: ProgressReport) {
      const l = active();
      if (!l) return;
      // Once per lesson per session: a lesson reopened in a later session is experienced again.
      const lesson = progress.currentLesson === null ? null : activities.lesson(progress.currentLesson);
      if (lesson && !l.ledger.experienced.includes(lesson.lesson.id)) {
        l.ledger.experienced.push(lesson.lesson.id);
        keepLedger(l);
        l.queue.add([l.statements.experienced(lesson.lesson, lesson.module)]);
      }
      if (progress.savedState.length > LRS_STATE_LIMIT) notices.failed(`state-too-long (${progress.savedState.length}/${LRS_STATE_LIMIT})`);
      else l.store.update({ location: progress.location, savedState: progress.savedState });
      if (!recordsResults(l.conn.mode)) return;
      l.finishedReport = progress.finished;
      l.percent = progress.scorePercent;
      l.certificateId = progress.attestation?.certificateId ?? null;
      // The attestation before the completion it brings (README: completed follows the attestation).
      sendAttestation(l);
      l.store.update(mergeStatuses(l.store.current(), progress));
      judge(l, 'report', progress.scorePercent);
    },

    recordInteraction(record: InteractionRecord) {
      const l = active();
      if (!l || !recordsResults(l.conn.mode)) return;
      // Held for the report that follows it, which brings the certificate id.
      if (record.kind === 'attestation') return void (l.attestation = record);
      // Nothing else that is not the learner's answer: the course version is on every statement
      // (context extension), the certificate id on the attestation and completed (result extension).
      if (record.kind !== 'answer') return;
      const statement = unlessMalformed(() => l.statements.answered(record));
      if (!statement) return;
      if (record.attempt) l.attempted = true;
      l.queue.add([statement]);
    },

    async save() {
      const l = active();
      if (!l) return;
      await Promise.all([l.saveProgress(false), l.queue.flush()]);
    },

    async finish() {
      const l = active();
      finished = true;
      if (!l) return;
      sendAttestation(l);
      if (recordsResults(l.conn.mode)) judge(l, 'finish', l.percent);
      const ms = now() - l.ledger.startedAt;
      l.queue.add(profile.exitVerbs(l.finishedReport).map((verb) => l.statements.course(verb, { duration: isoDuration(ms) })));
      l.ledger.terminated = true;
      keepLedger(l);
      profile.sessionEnded?.();
      // Both go out now with keepalive: the page may be gone before they are answered.
      const saved = l.store.save({ keepalive: true });
      await Promise.all([saved, l.queue.flushOnExit(leaving)]);
      profile.afterFinish?.(leaving);
    },

    onNotice(listener) {
      notices.listen(listener);
    },
  };
}
