/**
 * Whether the views a place needs are loaded (lazy-views.ts), and loading
 * them: on demand when the learner opens such a place, and once the first
 * screen is painted, in idle time, so later places open at once and offline.
 * A failed load shows the same Try again as failed content, and each retry
 * asks under a new URL (lazy-code.ts).
 */
import type { Place } from '../../session/places.js';
import type { Course } from '../../content/types.js';
import { withRetries } from '../../session/with-retries.js';
import { importLazy } from './lazy-code.js';

export type CodeStatus = 'ready' | 'loading' | 'failed';

/** A lesson needs the views only for a question among its blocks; the cover and the other lessons need none. */
export function needsViews(course: Course, place: Place | 'completed'): boolean {
  if (place === 'completed') return true;
  if (place.view !== 'lesson') return true;
  const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.id === place.id);
  return lesson?.blocks.some((block) => 'question' in block) ?? false;
}

/** The elements lazy-views.ts defines (test/browser/components/lazy-views.test.ts keeps the two lists together). */
export const LAZY_VIEW_TAGS = ['fl-question', 'fl-knowledge-check', 'fl-assessment', 'fl-results', 'fl-attestation', 'fl-certificate', 'fl-job-aid', 'fl-completed'] as const;

/** Tries per load, and the wait before the first retry (each later one three times longer). */
const TRIES = 3;
const BACKOFF_MS = 400;

export class ViewCode {
  private state: CodeStatus | 'idle' = 'idle';
  private attempts = 0;
  /** The load under way is a prefetch no place waits for. */
  private quiet = false;

  /** `onChange`: the status changed; the player renders again. */
  constructor(private readonly onChange: () => void) {}

  status(): CodeStatus {
    // Defined already (a page or test that imported them): nothing to wait for.
    if (this.state !== 'ready' && LAZY_VIEW_TAGS.every((tag) => customElements.get(tag))) this.state = 'ready';
    return this.state === 'idle' ? 'loading' : this.state;
  }

  /** Starts the load, once: a failure stays until the learner asks again (`retry`). */
  ensure(): void {
    // A place waits now: a failure of the prefetch under way is the learner's to see.
    this.quiet = false;
    if (this.state === 'idle') void this.load();
  }

  /** Try again after a failure: the learner pressed the button. */
  retry(): void {
    if (this.state !== 'failed') return;
    void this.load();
    this.onChange();
  }

  /** A few tries with growing waits, as for content (src/session/content-loader.ts): a phone network drops requests. */
  private async load(): Promise<void> {
    // Quietly: `ensure` runs while the player renders, which shows the wait already.
    this.state = 'loading';
    try {
      await withRetries(() => importLazy('views', this.attempts++), { attempts: TRIES, backoffMs: BACKOFF_MS, wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
      this.settle('ready');
    } catch (error) {
      console.warn(`frontline: the course's views not loaded (${error instanceof Error ? error.message : String(error)})`);
      // A prefetch no place waits for fails quietly: the next place that needs the views tries again.
      if (this.quiet) this.state = 'idle';
      else this.settle('failed');
    }
  }

  /** Loads the views now unless asked already; a failure stays quiet: the next place that needs them tries again. */
  prefetch(): void {
    if (this.state !== 'idle') return;
    this.quiet = true;
    void this.load();
  }

  private settle(state: CodeStatus): void {
    if (this.state === state) return;
    this.state = state;
    this.onChange();
  }
}
