import { errorDetail, type TrackerErrorName } from '../errors.js';
import type { Statement } from './types.js';
import { XAPI_VERSION } from './vocabulary.js';

/**
 * The few LRS calls the course makes, over `fetch` (xAPI 1.0.3 Part Three).
 * Every call resolves, never rejects: the result says what went wrong, so the
 * queue can decide to retry. `keepalive` lets a request outlive the page
 * (Fetch standard; LMS-COMPAT 28), within the browser's 64 KiB budget for
 * such requests.
 */

export type LrsFailure = { kind: 'network' } | { kind: 'timeout'; afterMs: number } | { kind: 'http'; status: number };
export type LrsResult<T> = { ok: true; value: T } | { ok: false; failure: LrsFailure };

/** Part Three §2.3 State Resource, §2.6 Agent Profile Resource. */
export type DocumentResource = 'activities/state' | 'agents/profile';

export interface LrsClient {
  readonly endpoint: string;
  /** Part Three §2.1.2 POST Statements (a batch, kept in order). */
  postStatements(statements: Statement[], options?: { keepalive?: boolean }): Promise<LrsResult<void>>;
  /** GET a JSON document; `null` when the LRS has none (404). */
  getDocument(resource: DocumentResource, params: Record<string, string>): Promise<LrsResult<unknown>>;
  /** PUT a JSON document, replacing the stored one. */
  putDocument(resource: DocumentResource, params: Record<string, string>, body: unknown, options?: { keepalive?: boolean }): Promise<LrsResult<void>>;
}

export interface LrsClientOptions {
  endpoint: string;
  /** The Authorization header; read per request (cmi5 gets its token after launch). */
  auth: () => string;
  fetch?: typeof fetch;
  /** A request that takes longer is abandoned (and retried by the queue). */
  timeoutMs?: number;
}

export function createLrsClient({ endpoint, auth, fetch: doFetch = globalThis.fetch.bind(globalThis), timeoutMs = 30_000 }: LrsClientOptions): LrsClient {
  /**
   * Credentials refused once stay refused for this launch (Part Three §3.2: 401/403; cmi5
   * 8.2.1.0-6: the token lasts one session): no further request is made with them, so the
   * LRS or cmi5 LMS never sees a retry it must refuse again. Only a relaunch brings new ones.
   */
  let refused: LrsFailure | null = null;
  const request = async (method: string, path: string, body: unknown, keepalive = false): Promise<LrsResult<Response>> => {
    if (refused) return { ok: false, failure: refused };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(endpoint + path, {
        method,
        keepalive,
        signal: controller.signal,
        cache: 'no-store',
        headers: {
          Authorization: auth(),
          'X-Experience-API-Version': XAPI_VERSION,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const failure: LrsFailure = { kind: 'http', status: response.status };
      if (isAuthFailure(failure)) {
        refused = failure;
        await drain(response);
        return { ok: false, failure };
      }
      return { ok: true, value: response };
    } catch {
      return { ok: false, failure: controller.signal.aborted ? { kind: 'timeout', afterMs: timeoutMs } : { kind: 'network' } };
    } finally {
      clearTimeout(timer);
    }
  };

  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

  return {
    endpoint,
    async postStatements(statements, options) {
      const r = await request('POST', 'statements', statements, options?.keepalive);
      if (!r.ok) return r;
      await drain(r.value);
      // Part Three §2.1.2: 200 with the ids. Anything else did not store the batch.
      return r.value.ok ? { ok: true, value: undefined } : { ok: false, failure: { kind: 'http', status: r.value.status } };
    },
    async getDocument(resource, params) {
      const r = await request('GET', `${resource}?${query(params)}`, undefined);
      if (!r.ok) return r;
      if (r.value.status === 404) return { ok: true, value: null };
      if (!r.value.ok) return { ok: false, failure: { kind: 'http', status: r.value.status } };
      try {
        return { ok: true, value: JSON.parse(await r.value.text()) as unknown };
      } catch {
        return { ok: true, value: null }; // Not JSON: not a document we wrote.
      }
    },
    async putDocument(resource, params, body, options) {
      const r = await request('PUT', `${resource}?${query(params)}`, body, options?.keepalive);
      if (!r.ok) return r;
      await drain(r.value);
      return r.value.ok ? { ok: true, value: undefined } : { ok: false, failure: { kind: 'http', status: r.value.status } };
    },
  };
}

/** Reads the answer to its end: a keepalive request counts against its 64 KiB budget until then. */
async function drain(response: Response): Promise<void> {
  try {
    await response.arrayBuffer();
  } catch {
    // The answer was cut off; the status already tells what happened.
  }
}

/** These may succeed later (Part Three §3.2: 429, 5xx; HTTP's 408); anything else will fail the same way again. */
export function isTransient(failure: LrsFailure): boolean {
  return failure.kind !== 'http' || failure.status >= 500 || failure.status === 408 || failure.status === 429;
}

/** 401/403: the launch's credentials were refused (expired, wrong, or never valid). */
export function isAuthFailure(failure: LrsFailure): boolean {
  return failure.kind === 'http' && (failure.status === 401 || failure.status === 403);
}

/** The tracker error name of a failure (errors.ts). */
export function failureName(failure: LrsFailure): TrackerErrorName {
  if (failure.kind === 'network') return 'lrs-unreachable';
  if (failure.kind === 'timeout') return 'lrs-timeout';
  return isAuthFailure(failure) ? 'lrs-refused-credentials' : 'lrs-error';
}

/**
 * A notice detail in the shared `name (code)` form, which support can act on,
 * then in words what it means: the only thing a learner can do about refused
 * credentials is relaunch from the LMS, so the notice says so.
 */
export function failureDetail(failure: LrsFailure): string {
  const name = failureName(failure);
  if (failure.kind === 'network') return `${errorDetail(name, 'network error')}: the LRS could not be reached`;
  if (failure.kind === 'timeout') return `${errorDetail(name, `${failure.afterMs / 1000} s`)}: the LRS did not answer in time`;
  const detail = errorDetail(name, `HTTP ${failure.status}`);
  return isAuthFailure(failure) ? `${detail}: the LRS refused this launch's credentials; relaunch the course from the LMS` : detail;
}
