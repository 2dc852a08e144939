import { scoreOf } from '../xapi/format.js';
import type { Judge, JudgedVerb } from '../xapi/judged.js';
import type { Context, ContextActivities, Statement } from '../xapi/types.js';
import { CMI5, VERBS, type VerbName } from '../xapi/vocabulary.js';

/**
 * cmi5's rules for the AU's statements (cmi5 9.3, 9.5, 9.6), as pure
 * functions the engine calls. Browse and Review launches send no judged
 * statement at all: the session layer reports nothing outside Normal mode
 * (10.2.2.0-9, -11), and the engine judges only in Normal mode.
 */

/** cmi5 9.3: the verbs that make a statement "cmi5 defined" when their object is the AU. */
export const DEFINED: readonly VerbName[] = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

/**
 * Whether a statement an ended session of this registration could not deliver
 * is sent in the current one (same id, this session's context and time). Its
 * own session cannot take it any more (9.3.6.0-2 after abandoned, 9.3.8.0-4
 * after terminated; 8.2.1.0-6 its token is dead). Answers, lessons, the
 * attestation, passed and completed carry over: the registration must not
 * lose them (passed and completed are per registration, 9.3.0.0-6/-7), and
 * their ids keep the LRS from storing one twice. initialized and terminated
 * belong to their session only (9.3.2, 9.3.8); failed too: carried, it would
 * forbid this session's pass (9.3.0.0-3).
 */
export function carriesOver(statement: Statement): boolean {
  return ![VERBS.initialized.id, VERBS.terminated.id, VERBS.failed.id].includes(statement.verb.id as never);
}

/**
 * Which judged statements to send (cmi5 9.3.3–9.3.5):
 * - completed once per registration (9.3.3.0-2), passed once (9.3.4.0-3);
 * - one of passed/failed per session (9.3.0.0-3), failed never after passed (9.3.0.0-8);
 * - failed only for an attempt made in this session, and held back until the
 *   learner is out of attempts or the session ends, so a pass later in the
 *   same session can still be recorded;
 * - a score that disagrees with LaunchData's masteryScore sends nothing
 *   (9.3.4.0-2, 9.3.5.0-2) — closing the gap where a library's fail() sends a
 *   passing score as failed.
 */
export function cmi5Judge(masteryScore: number | null): Judge {
  return (i) => {
    const verbs: JudgedVerb[] = [];
    const judged = i.sentInSession.includes('passed') || i.sentInSession.includes('failed');
    const scaled = i.percent === null ? null : scoreOf(i.percent).scaled;
    const agrees = (pass: boolean) => masteryScore === null || scaled === null || (pass ? scaled >= masteryScore : scaled < masteryScore);
    if (!judged && i.percent !== null && !i.sentInRegistration.passed) {
      if (i.success === 'passed' && agrees(true)) verbs.push('passed');
      else if (i.success === 'failed' && i.attempted && (i.finished || i.phase === 'finish') && agrees(false)) verbs.push('failed');
    }
    if (i.completion === 'completed' && !i.sentInRegistration.completed) verbs.push('completed');
    return verbs;
  };
}

/**
 * A statement's context with LaunchData's contextTemplate folded in: the
 * template's values are kept as they are (10.2.1.0-7: the AU may add, never
 * overwrite), arrays of context activities are appended to.
 */
export function withTemplate(context: Context, template: Context): Context {
  const activities: ContextActivities = {};
  const keys = ['parent', 'grouping', 'category', 'other'] as const;
  for (const key of keys) {
    const list = [...(template.contextActivities?.[key] ?? []), ...(context.contextActivities?.[key] ?? [])];
    const unique = list.filter((a, n) => list.findIndex((b) => b.id === a.id) === n);
    if (unique.length > 0) activities[key] = unique;
  }
  return {
    ...context,
    ...template,
    ...(Object.keys(activities).length > 0 ? { contextActivities: activities } : {}),
    extensions: { ...context.extensions, ...template.extensions },
  };
}

/**
 * cmi5 context for one statement: the template on every statement
 * (10.2.1.0-6), and on defined statements the cmi5 category (9.6.2.1), the
 * moveOn category when the result has success or completion (9.6.2.2) and the
 * masteryScore used for passed/failed (9.6.3.2-2).
 */
export function decorateCmi5(o: { template: Context; activityId: string; masteryScore: number | null }) {
  return (verb: VerbName, statement: Statement): Statement => {
    const defined = DEFINED.includes(verb) && statement.object.id === o.activityId;
    const judged = statement.result?.success !== undefined || statement.result?.completion !== undefined;
    const category = defined ? [{ id: CMI5.category }, ...(judged ? [{ id: CMI5.moveOnCategory }] : [])] : [];
    const mastery = defined && (verb === 'passed' || verb === 'failed') && o.masteryScore !== null ? { [CMI5.masteryScore]: o.masteryScore } : {};
    const own: Context = {
      ...statement.context,
      contextActivities: { ...statement.context?.contextActivities, ...(category.length > 0 ? { category: [...(statement.context?.contextActivities?.category ?? []), ...category] } : {}) },
      extensions: { ...statement.context?.extensions, ...mastery },
    };
    return { ...statement, context: withTemplate(own, o.template) };
  };
}
