/**
 * One set of tracker error names, standard-neutral. Each adapter maps its
 * standard's codes onto these (SCORM 1.2 RTE §3.3 error codes; SCORM 2004
 * 4th Ed. RTE 3.1.7 API implementation error codes; an LRS's HTTP answers),
 * so a notice's detail reads the same whatever the standard:
 * `type-mismatch (406)`, `lrs-refused-credentials (HTTP 401)`.
 */
export const TRACKER_ERROR_NAMES = [
  'general',
  'initialize-failed',
  'terminate-failed',
  'not-initialized',
  'terminated',
  'invalid-argument',
  'get-failed',
  'set-failed',
  'commit-failed',
  'not-implemented',
  'not-a-container',
  'no-value',
  'read-only',
  'write-only',
  'type-mismatch',
  'out-of-range',
  'dependency',
  /** The API object threw instead of returning an error code. */
  'api-exception',
  /** Saved state longer than the standard's limit: not written (LMS-COMPAT 12). */
  'state-too-long',
  /** The browser refused to store data (offline tracker). */
  'storage-refused',
  /** No answer reached the course: offline, DNS, refused connection or CORS (a `fetch` network error). */
  'lrs-unreachable',
  /** The LRS did not answer within the course's time limit. */
  'lrs-timeout',
  /** xAPI 1.0.3 Part Three §3.2: 401 (credentials refused) or 403 (not allowed with them); only a relaunch gives new ones. */
  'lrs-refused-credentials',
  /** xAPI 1.0.3 Part Three §3.2: any other error status (400, 409, 413, 429, 500 …). */
  'lrs-error',
  /** A code the standard does not define. */
  'unknown',
] as const;

export type TrackerErrorName = (typeof TRACKER_ERROR_NAMES)[number];

/** The notice detail format: `name (code)`. */
export function errorDetail(name: TrackerErrorName, code: string | number): string {
  return `${name} (${code})`;
}
