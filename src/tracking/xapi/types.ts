/**
 * The parts of the xAPI 1.0.3 data model this project sends, as the project's
 * own types (ARCHITECTURE: no library types in public signatures). Section
 * numbers are xAPI 1.0.3 Part Two (Data).
 */

/** §4.5 Language Maps: RFC 5646 tag → text. */
export type LanguageMap = Record<string, string>;

/** §2.4.2.3 Inverse functional identifiers (one of them), §2.4.2.1 Agent. */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** §2.4.3 Verb. */
export interface Verb {
  id: string;
  display: LanguageMap;
}

/** §2.4.4.1 Interaction components (choices, source, target, steps, scale). */
export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

/** §2.4.4.1 Activity Definition, with the interaction properties. */
export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  extensions?: Record<string, unknown>;
  interactionType?: 'true-false' | 'choice' | 'fill-in' | 'long-fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric' | 'other';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
}

/** §2.4.4.1 Activity as a statement object or context activity. */
export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

/** §2.4.5.1 Score. */
export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

/** §2.4.5 Result. */
export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** §4.6 ISO 8601 duration. */
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** §2.4.6.2 ContextActivities: each property holds an array (never a single object here). */
export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

/** §2.4.6 Context. */
export interface Context {
  registration?: string;
  contextActivities?: ContextActivities;
  revision?: string;
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

/** §2.4 Statement, as the Activity Provider sends it. */
export interface Statement {
  /** §2.4.1 UUID, assigned by us so a retried statement is the same statement. */
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  /** §2.4.7 ISO 8601 timestamp in UTC. */
  timestamp: string;
}
