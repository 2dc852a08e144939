import type { Course } from '../content/types.js';
import type { Tracker } from '../tracking/tracker.js';
import { CourseController } from '../session/course-controller.js';
import { applyBrand } from './apply-brand.js';
import { applyLanguage, fillSite } from './apply-language.js';
import { applyPrintPage } from './print-page.js';
import '../components/player/fl-player.js';

/**
 * Connects to the tracker, shows the course in the learner's language, then hands it to the page's <fl-player>.
 * In a package `course` is the outline; module content and the bank load as the learner needs them (src/content/chunks.ts).
 */
export async function startPlayer(course: Course, tracker: Tracker, win: Window = window): Promise<CourseController> {
  const doc = win.document;
  applyBrand(doc, course.brand);
  applyPrintPage(doc);
  const player = doc.querySelector('fl-player') ?? doc.body.appendChild(doc.createElement('fl-player'));
  // The content files sit beside the bundle (app.js): its own URL finds them under any LMS path (Moodle's pluginfile.php/…).
  const contentBase = new URL('.', import.meta.url);
  const controller = await CourseController.launch({ course, tracker, win, localize: applyLanguage(win), fill: fillSite, contentBase });
  player.controller = controller;
  return controller;
}
