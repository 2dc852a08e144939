import type { Verb } from './types.js';

/**
 * Verb and activity type IRIs, as data. ADL vocabulary
 * (http://adlnet.gov/expapi/verbs/…) for everything xAPI 1.0.3 Appendix A and
 * cmi5 9.3 define; cmi5 9.3.6–9.3.9 use the w3id ADL verbs.
 */
export const VERBS = {
  // cmi5 9.3.2: first statement of a session.
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  // cmi5 9.3.3–9.3.5.
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  // Not a cmi5 defined verb: the plain xAPI package says the attempt stays open.
  suspended: { id: 'http://adlnet.gov/expapi/verbs/suspended', display: { 'en-US': 'suspended' } },
  // Activity Streams 1.0 base schema "confirm": the actor has confirmed or agrees with the object.
  // The attestation is the officer's act, not an answer to a question (no answered, which answer reports count).
  confirmed: { id: 'http://activitystrea.ms/schema/1.0/confirm', display: { 'en-US': 'confirmed' } },
  // cmi5 9.3.8: last statement of a session.
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
} as const satisfies Record<string, Verb>;

export type VerbName = keyof typeof VERBS;

/** Activity types (xAPI 1.0.3 Part Two §2.4.4.1 definition.type; ADL activity types). */
export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  // §2.4.4.1: the type of an activity with an interactionType.
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** cmi5 9.6.2.1, 9.6.2.2 category activities; 9.6.3 context extensions. */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

/** xAPI 1.0.3 Part Three §6.2: the version header every request carries. */
export const XAPI_VERSION = '1.0.3';
