// Starts the player the way a package does (startPlayer → CourseController.launch
// → applyLanguage), with an LMS that names a language, and reads what it shows.
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/player/fl-player.js';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import type { Course } from '../../../src/content/types.js';
import { startPlayer } from '../../../src/entries/start-player.js';
import type { CourseController } from '../../../src/session/course-controller.js';
import { createOfflineTracker } from '../../../src/tracking/offline-tracker.js';
import type { Tracker } from '../../../src/tracking/tracker.js';
import { text } from '../components/helpers.js';
import { realCourse } from './real-course.js';
import { settled, view } from '../../support/settle.js';

/** The offline tracker, with an LMS that reports `language` as the learner's preference. */
export function lmsSaying(language: string | null): Tracker {
  const base = createOfflineTracker(sessionStorage, 'i18n-test');
  return { ...base, start: async () => ({ ...(await base.start()), language }) };
}

export async function play(language: string | null, course: Course = realCourse()): Promise<{ player: FlPlayer; controller: CourseController }> {
  sessionStorage.clear();
  const player = await fixture<FlPlayer>(html`<fl-player></fl-player>`);
  const controller = await startPlayer(course, lmsSaying(language), window);
  await settled(player);
  // Past the cover, as a learner pressing Start.
  view(player).shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  await settled(player);
  return { player, controller };
}

// The player's view and the wait for it to render: the same as the component tests'.
export { settled, view } from '../../support/settle.js';

export const progressLabel = (player: FlPlayer) => player.shadowRoot!.querySelector('progress')!.getAttribute('aria-label');
export const heading = (player: FlPlayer) => text(view(player).shadowRoot!.querySelector('h2'));

