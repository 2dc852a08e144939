import type { InteractionRecord } from '../tracker.js';
import type { CourseActivities } from './course-activities.js';
import { isoDuration, isoTimestamp, scoreOf } from './format.js';
import { formatResponse } from './interaction.js';
import type { ActivityIris } from './iri.js';
import type { Activity, Agent, Context, ContextActivities, Result, Statement } from './types.js';
import { VERBS, type VerbName } from './vocabulary.js';

/**
 * Builds the statements of one session. Every statement carries an id of our
 * own (xAPI 1.0.3 Part Two §2.4.1; cmi5 9.1), a UTC timestamp (§2.4.7; cmi5
 * 9.7) that never goes backwards, and a context (§2.4.6) with the
 * registration, the course as grouping activity (§2.4.6.2: every statement of
 * the course, the course's own included, can be found by it), the module,
 * assessment or course as parent of a lesson or answer, and the content
 * version as an extension. A profile (cmi5) may add its context template and
 * categories.
 */
export interface StatementBase {
  actor: Agent;
  registration: string | null;
  /** The course-level object: the launch's activity id, else the course IRI. */
  root: Activity;
  activities: CourseActivities;
  iris: ActivityIris;
  version: string;
  /** Adds profile context (cmi5 template, categories); must not drop what is there. */
  decorate?: (verb: VerbName, statement: Statement) => Statement;
  now?: () => number;
  uuid?: () => string;
}

export interface StatementFactory {
  /** A statement about the course itself (initialized, completed, passed, failed, suspended, terminated). */
  course(verb: VerbName, result?: Result): Statement;
  experienced(lesson: Activity, module: Activity): Statement;
  answered(record: InteractionRecord): Statement;
  /** The officer confirms the attestation (with the certificate id once known). */
  attested(record: InteractionRecord, certificateId: string | null): Statement;
  /** An earlier session's statement, sent in this one: same id, this session's context and time. */
  carried(statement: Statement): Statement;
}

/** The result extension that names the certificate, so a printed certificate can be checked against the LRS. */
export function certificateResult(iris: ActivityIris, certificateId: string | null): Pick<Result, 'extensions'> {
  return certificateId ? { extensions: { [iris.certificateExtension]: certificateId } } : {};
}

/** The result of passed/failed: the score as a percentage, success, and the time so far. */
export function judgedResult(percent: number, success: boolean, durationMs: number): Result {
  return { score: scoreOf(percent), success, duration: isoDuration(durationMs) };
}

export function createStatementFactory(base: StatementBase): StatementFactory {
  const now = base.now ?? Date.now;
  const uuid = base.uuid ?? (() => crypto.randomUUID());
  let last = 0;
  // Order matters (cmi5 9.3: order is by timestamp), so no two statements share a millisecond.
  const stamp = (): string => {
    last = Math.max(now(), last + 1);
    return isoTimestamp(new Date(last));
  };

  const context = (activities: ContextActivities, extensions: Record<string, unknown> = {}): Context => ({
    ...(base.registration ? { registration: base.registration } : {}),
    ...(Object.keys(activities).length > 0 ? { contextActivities: activities } : {}),
    language: base.activities.lang,
    extensions: { [base.iris.versionExtension]: base.version, ...extensions },
  });

  const make = (verb: VerbName, object: Activity, ctx: Context, result?: Result): Statement => {
    const statement: Statement = {
      id: uuid(),
      actor: base.actor,
      verb: VERBS[verb],
      object,
      ...(result ? { result } : {}),
      context: ctx,
      timestamp: stamp(),
    };
    return base.decorate ? base.decorate(verb, statement) : statement;
  };
  const courseParent = (a: Activity): Activity => (a.id === base.activities.course.id ? base.root : a);
  const ref = (a: Activity): Activity => ({ objectType: 'Activity', id: a.id });

  const grouping = { grouping: [ref(base.root)] };
  const verbOf = (id: string): VerbName | undefined => (Object.keys(VERBS) as VerbName[]).find((v) => VERBS[v].id === id);

  return {
    course: (verb, result) => make(verb, base.root, context(grouping), result),
    experienced: (lesson, module) => make('experienced', lesson, context({ parent: [ref(module)], ...grouping })),
    answered(record) {
      const { activity, parent } = base.activities.interaction(record);
      const result: Result = {
        success: record.correct,
        response: formatResponse(record.learnerResponse),
        duration: isoDuration(record.latencyMs),
      };
      const activities: ContextActivities = { parent: [ref(courseParent(parent))], ...grouping };
      return make('answered', activity, context(activities, record.attempt ? { [base.iris.attemptExtension]: record.attempt.number } : {}), result);
    },
    attested(record, certificateId) {
      const lang = record.language ?? base.activities.lang;
      const text = record.description || record.id;
      const object: Activity = { objectType: 'Activity', id: base.iris.attestation, definition: { name: { [lang]: text }, description: { [lang]: text } } };
      const result: Result = { response: formatResponse(record.learnerResponse), ...certificateResult(base.iris, certificateId) };
      return make('confirmed', object, context({ parent: [ref(base.root)], ...grouping }), result);
    },
    carried(statement) {
      // The profile's context replaces the earlier session's where they differ (cmi5: session id);
      // a verb not of ours is decorated as an allowed statement, like experienced.
      const moved: Statement = { ...statement, timestamp: stamp() };
      return base.decorate ? base.decorate(verbOf(statement.verb.id) ?? 'experienced', moved) : moved;
    },
  };
}
