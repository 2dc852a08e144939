import { loadCatalogue } from '../components/i18n/catalogues.js';
import { english, useStrings, type Catalogue } from '../components/i18n/strings.js';
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
 * `--language`, else the course's own), loads that translation and the
 * interface strings for it side by side, switches the interface strings,
 * marks the page (`<html lang>`, WCAG 3.1.1; the title) and returns the course
 * in that language, with the site's details filled in (site.ts). It runs
 * before the first render, so nothing shows in the wrong language first.
 */
export function applyLanguage(win: Window): (course: Course, launch: LaunchContext) => Promise<Course> {
  return async (course, launch) => {
    const wanted = chooseLanguage(course, launch.language);
    const [translated, strings] = await Promise.all([loadTranslation(course, wanted, win), catalogueOrNull(wanted)]);
    // The site's details go in after the translation, so the Spanish text's placeholders are filled too, in Spanish wording.
    // Without its interface strings the course shows in its own language, as without its translation.
    const shown = fillSite(strings ? localizeCourse(translated, wanted) : localizeCourse(course, course.language));
    // The interface follows the content, so a learner never gets a Spanish shell around an English course by accident.
    const interfaceStrings = strings && shown.language === wanted ? strings : ((await catalogueOrNull(shown.language)) ?? english);
    useStrings(interfaceStrings);
    win.document.documentElement.lang = shown.language;
    win.document.title = shown.title;
    return shown;
  };
}

/** The interface strings for `language`, or null when their file cannot be loaded (said on the console). */
async function catalogueOrNull(language: string): Promise<Catalogue | null> {
  try {
    return await loadCatalogue(language);
  } catch (error) {
    console.warn(`frontline: the interface strings for ${language} not loaded (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}
