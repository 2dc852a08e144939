import type { Course } from '../content/types.js';
import type { Tracker } from '../tracking/tracker.js';
import { CourseController } from '../session/course-controller.js';
import { applyLanguage, fillSite } from './apply-language.js';
import '../components/player/fl-player.js';

/**
 * Connects to the tracker, shows the course in the learner's language, then hands it to the page's <fl-player>.
 * In a package `course` is the outline; module content and the bank load as the learner needs them (src/content/chunks.ts).
 */
export async function startPlayer(course: Course, tracker: Tracker, win: Window = window): Promise<CourseController> {
  const doc = win.document;
  const player = doc.querySelector('fl-player') ?? doc.body.appendChild(doc.createElement('fl-player'));
  // The content files sit beside the bundle (app.js): its own URL finds them under any LMS path (Moodle's pluginfile.php/…).
  const contentBase = new URL('.', import.meta.url);
  const controller = await CourseController.launch({ course, tracker, win, localize: applyLanguage(win), fill: fillSite, contentBase });
  player.controller = controller;
  return controller;
}
