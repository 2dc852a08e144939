import type { InteractionRecord, InteractionType, InteractionValue, LaunchMode } from '../tracker.js';
import type { TrackerErrorName } from '../errors.js';
import type { Statuses } from '../status.js';

/**
 * Everything that differs between SCORM 1.2 and SCORM 2004, as data (and a
 * few pure formatters). The engine in `scorm-tracker.ts` reads only this
 * table: a version is a new table, not a new `if`.
 */

/** `[element, value]` pairs in the order they must be written. Elements may be relative to a base. */
export type Write = readonly [element: string, value: string];

/** Reads one element (relative to a base where noted); '' when missing, unsupported or refused. */
export type Get = (element: string) => string;

/** An element read at launch, optionally only when its parent lists it (LMS-COMPAT 16). */
export interface Read {
  element: string;
  /** Read only if the `children` element (`…._children`) lists `name`. */
  requires?: { children: string; name: string };
}

/** Completion/success as one or two elements, relative to a base (`cmi.core.`, `cmi.objectives.3.`). */
export interface StatusCodec {
  read(get: Get): Statuses;
  write(statuses: Statuses): Write[];
}

/** An indexed collection: `prefix + n + '.' + child`. */
export interface Collection {
  prefix: string;
  count: string;
  children: string;
}

export interface ScormDialect {
  /** Human name, `Tracker.standard`. */
  standard: string;
  /** Name of the API object the LMS puts on a parent or opener window. */
  apiName: 'API' | 'API_1484_11';
  methods: {
    initialize: string;
    terminate: string;
    getValue: string;
    setValue: string;
    commit: string;
    getLastError: string;
  };
  /** Numeric error code → tracker error name. */
  errors: Readonly<Record<number, TrackerErrorName>>;
  /** Most characters of suspend data the standard guarantees. */
  stateLimit: number;
  /** Most characters of location the standard guarantees. */
  locationLimit: number;
  reads: {
    learnerId: Read;
    learnerName: Read;
    mode: Read;
    savedState: Read;
    location: Read;
    mastery: Read;
    language: Read;
  };
  /** LMS mode value → launch mode; anything else is `normal` (LMS-COMPAT 16). */
  modes: Readonly<Record<string, LaunchMode>>;
  /** The LMS pass mark as 0–100, or null when none is set or it is malformed. */
  masteryToPercent(raw: string): number | null;
  /** Where the SCO's own status and score live: `cmi.core.` or `cmi.`. */
  base: string;
  status: StatusCodec;
  /** One element carries completion and success (SCORM 1.2 lesson_status), so a pass cannot be shown apart from completion. */
  singleStatus: boolean;
  /** Score elements relative to a base, for a 0–100 percentage. */
  score(percent: number): Write[];
  exit: { element: string; suspend: string; finished: string };
  sessionTime: { element: string; format(ms: number): string };
  /** `descriptionLimit` 0: the standard's objectives have no description. */
  objectives: Collection & { idLimit: number; status: StatusCodec; descriptionLimit: number };
  interactions: Collection & {
    idLimit: number;
    /** Child element names; `description: null` where the standard has none. */
    fields: {
      id: string;
      type: string;
      objectiveId: string;
      timestamp: string;
      correctPattern: string;
      weighting: string;
      response: string;
      result: string;
      latency: string;
      description: string | null;
    };
    types: Readonly<Record<InteractionType, string>>;
    results: { correct: string; incorrect: string };
    descriptionLimit: number;
    formatResponse(value: InteractionValue, record: InteractionRecord): string;
    formatTimestamp(date: Date): string;
    formatLatency(ms: number): string;
  };
}
