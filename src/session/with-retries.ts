/**
 * Runs `task` up to `attempts` times, waiting `backoffMs` before the first
 * retry and three times longer before each later one: the failures a phone
 * network gives (a dropped connection, a busy server) often pass in a second.
 * `retryable` says which errors are worth another try; the last error rejects.
 */
export async function withRetries<T>(
  task: (attempt: number) => Promise<T>,
  o: { attempts: number; backoffMs: number; wait: (ms: number) => Promise<void>; retryable?: (error: unknown) => boolean },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (attempt >= o.attempts || !(o.retryable?.(error) ?? true)) throw error;
      await o.wait(o.backoffMs * 3 ** (attempt - 1));
    }
  }
}
