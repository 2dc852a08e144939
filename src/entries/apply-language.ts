import { catalogueFor } from '../components/i18n/catalogue-for.js';
import { useStrings } from '../components/i18n/strings.js';
import { chooseLanguage } from '../content/language.js';
import { localizeCourse } from '../content/localize.js';
import { fillCourse } from '../content/site.js';
import { neutralWording } from '../content/site-wording.js';
import type { Course } from '../content/types.js';
import type { LaunchContext } from '../tracking/tracker.js';
import { loadTranslation } from './load-translation.js';

/** The course with the site's details (or the neutral words) in its text placeholders; filled text is left as it is. */
export const fillSite = (course: Course): Course => fillCourse(course, neutralWording);

/**
 * The `localize` step of `CourseController.launch`: picks the launch's
 * language (the LMS's preference if the course has it, else the package's
 * `--language`, else the course's own), loads that translation, switches the
 * interface strings, marks the page (`<html lang>`, WCAG 3.1.1; the title) and
 * returns the course in that language, with the site's details filled in
 * (site.ts). It runs before the first render, so nothing shows in the wrong
 * language first.
 */
export function applyLanguage(win: Window): (course: Course, launch: LaunchContext) => Promise<Course> {
  return async (course, launch) => {
    const wanted = chooseLanguage(course, launch.language);
    // The site's details go in after the translation, so the Spanish text's placeholders are filled too, in Spanish wording.
    const shown = fillSite(localizeCourse(await loadTranslation(course, wanted, win), wanted));
    // What the content is in now: `wanted`, or the course's own language if its translation could not be loaded.
    // The interface follows the content, so a learner never gets a Spanish shell around an English course by accident.
    const language = shown.language;
    useStrings(catalogueFor(language));
    win.document.documentElement.lang = language;
    win.document.title = shown.title;
    return shown;
  };
}
