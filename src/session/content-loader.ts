/**
 * Loads the package's static JSON files (content chunks): each file once,
 * cached; one request in flight per file, however many ask; a timeout on each
 * request; and a few retries with growing waits for the failures a phone
 * network gives (a dropped connection, a 5xx, a 404 from a busy LMS). A file
 * that still fails rejects, so the caller can offer the learner a Retry; the
 * next `load` of it starts afresh.
 */
import { withRetries } from './with-retries.js';

/** The part of `fetch` the loader uses (a window's, or a test double). */
export type FetchJson = (url: URL, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface ContentLoaderOptions {
  /** Folder the paths are relative to: the package's launch folder, whatever URL the LMS serves it under. */
  base: URL;
  fetch: FetchJson;
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  /** Longest wait for one request. */
  timeoutMs?: number;
  /** Requests per load, the first included. */
  attempts?: number;
  /** Wait before the first retry; each later wait is three times the one before. */
  backoffMs?: number;
}

/** Why a file could not be used. */
export class ContentLoadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'timeout' | 'network' | 'http' | 'invalid',
    detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

export class ContentLoader {
  private readonly loaded = new Map<string, unknown>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;

  constructor(private readonly options: ContentLoaderOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 400;
  }

  /** Whether `path` is loaded and cached (a later `load` resolves at once). */
  has(path: string): boolean {
    return this.loaded.has(path);
  }

  /** The file's data as `read` accepts it; `read` returns null for data that is not what was asked for. */
  load<T>(path: string, read: (data: unknown) => T | null): Promise<T> {
    if (this.loaded.has(path)) return Promise.resolve(this.loaded.get(path) as T);
    const pending = this.inFlight.get(path);
    if (pending) return pending as Promise<T>;
    const request = withRetries(() => this.once(path, read), {
      attempts: this.attempts,
      backoffMs: this.backoffMs,
      wait: (ms) => this.wait(ms),
      // A timeout has already kept the learner waiting: offer the Retry rather than wait again.
      retryable: (error) => error instanceof ContentLoadError && error.reason !== 'timeout' && error.reason !== 'invalid',
    })
      .then((value) => {
        this.loaded.set(path, value);
        return value;
      })
      .finally(() => this.inFlight.delete(path));
    this.inFlight.set(path, request);
    return request;
  }

  private async once<T>(path: string, read: (data: unknown) => T | null): Promise<T> {
    const { timers } = this.options;
    const abort = new AbortController();
    const timer = timers.setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      let response: Awaited<ReturnType<FetchJson>>;
      try {
        response = await this.options.fetch(new URL(path, this.options.base), { signal: abort.signal });
      } catch (error) {
        if (abort.signal.aborted) throw new ContentLoadError(path, 'timeout', `no answer in ${this.timeoutMs} ms`);
        throw new ContentLoadError(path, 'network', error instanceof Error ? error.message : String(error));
      }
      if (!response.ok) throw new ContentLoadError(path, 'http', `HTTP ${response.status}`);
      let data: unknown;
      try {
        data = await response.json();
      } catch (error) {
        if (abort.signal.aborted) throw new ContentLoadError(path, 'timeout', `no answer in ${this.timeoutMs} ms`);
        // Cut off mid-way, or a proxy's HTML error page: worth another try.
        throw new ContentLoadError(path, 'network', 'not JSON');
      }
      const value = read(data);
      if (value === null) throw new ContentLoadError(path, 'invalid', 'not the file of this build');
      return value;
    } finally {
      timers.clearTimeout(timer);
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.options.timers.setTimeout(resolve, ms));
  }
}
