/**
 * The course outline the package's entry starts from: a file beside app.js
 * (virtual:outline), fetched with the content loader's timeout and retries.
 * If it still fails, the page says so with Try again (the learner has lost
 * nothing: the LMS has not been contacted yet), and each Try again fetches
 * afresh.
 */
import outline from 'virtual:outline';
import { isRecord } from '../content/translatable.js';
import type { Course } from '../content/types.js';
import { ContentLoader } from '../session/content-loader.js';
import '../components/shared/fl-content-status.js';

/** The outline of this build, or null for anything else (another build's file, an error page). */
function readOutline(data: unknown): Course | null {
  return isRecord(data) && data['version'] === outline.version && Array.isArray(data['modules']) ? (data as unknown as Course) : null;
}

export async function loadOutline(win: Window = window): Promise<Course> {
  const doc = win.document;
  // The loader keeps no failure: each load after one asks afresh.
  const loader = new ContentLoader({ base: new URL('.', doc.baseURI), fetch: (url, init) => win.fetch(url, init), timers: win });
  for (;;) {
    try {
      return await loader.load(outline.file, readOutline);
    } catch (error) {
      console.warn(`frontline: ${error instanceof Error ? error.message : String(error)}`);
      await retryAsked(doc);
    }
  }
}

/** Shows the failure with Try again in place of the launch page's first screen until the learner presses it. */
function retryAsked(doc: Document): Promise<void> {
  const host = doc.querySelector('fl-player') ?? doc.body;
  const waiting = [...host.childNodes];
  const status = doc.createElement('fl-content-status');
  status.status = 'failed';
  host.replaceChildren(status);
  return new Promise((resolve) =>
    status.addEventListener('fl-retry-content', () => {
      host.replaceChildren(...waiting);
      resolve();
    }, { once: true }),
  );
}
