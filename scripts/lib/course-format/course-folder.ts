/**
 * What each file in the course folder is: the course settings, a module, a
 * translation folder, this folder's README, or something the course does not
 * use — which is reported, so a misnamed module is never silently left out.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_TAG } from '../../../src/content/language.js';
import { MEDIA_FOLDER } from '../../../src/content/media.js';
import type { Problem } from '../../../src/content/validate-read.js';

/** A trainer adds a module by adding a file named like this; modules are included in file-name order. */
export const MODULE_FILE = /^\d\d-[a-z0-9-]+\.md$/;
export const COURSE_FILE = 'course.yaml';
/** The firm's site details (modules/README.md, Site file); optional. */
export const SITE_FILE = 'site.yaml';
/** Every site field with an example value, for a firm to copy to site.yaml; never read by the build. */
export const SITE_EXAMPLE_FILE = 'site.example.yaml';
/** The trainer's reference lives beside the course. */
const README = 'README.md';

export interface CourseFolder {
  modules: string[];
  /** Subfolders named by a language tag (`es`, `fr-CA`). */
  languages: string[];
  /** True when the folder has a site.yaml. */
  site: boolean;
  problems: Problem[];
}

/** Sorts the names in `folder` (shown as `shown`) into modules, language folders and the site file; anything else is a problem. */
export function classifyCourseFolder(folder: string, shown: string, names: string[]): CourseFolder {
  const result: CourseFolder = { modules: [], languages: [], site: false, problems: [] };
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || name === COURSE_FILE || name === README || name === SITE_EXAMPLE_FILE || name === MEDIA_FOLDER) continue;
    if (name === SITE_FILE) result.site = true;
    else if (MODULE_FILE.test(name)) result.modules.push(name);
    else if (statSync(join(folder, name)).isDirectory() && LANGUAGE_TAG.test(name)) result.languages.push(name);
    else result.problems.push(unusedFile(`${shown}/${name}`, name, statSync(join(folder, name)).isDirectory()));
  }
  return result;
}

function unusedFile(file: string, name: string, folder: boolean): Problem {
  if (/^(\d.*|course)\.ts$/.test(name)) {
    return { file, path: '', message: 'is a course file in the old TypeScript format, which the build no longer reads', fix: `the course is now written in ${name === 'course.ts' ? COURSE_FILE : `${name.replace(/\.ts$/, '.md')}`} (see modules/README.md): move any change into that file and delete this one` };
  }
  if (/^\d/.test(name) && !folder) {
    return { file, path: '', message: 'is not included in the course', fix: `name module files NN-name.md (two digits, a hyphen, lowercase letters, digits and hyphens), e.g. ${moduleFileName(name)}` };
  }
  const what = folder ? 'folder' : 'file';
  return { file, path: '', severity: 'warning', message: `this ${what} is not part of the course`, fix: `move it out of the course folder, or, if it is a module, name it NN-name.md${folder ? ' (a translation folder is named by its language, e.g. es)' : ''}` };
}

/** "3_Radio Use.md" → "03-radio-use.md". */
export function moduleFileName(name: string): string {
  const [, digits = '', rest = ''] = /^(\d*)[-_ ]*(.*?)(\.[a-z]+)?$/i.exec(name) ?? [];
  const slug = rest.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'module';
  return `${digits.padStart(2, '0').slice(-2)}-${slug}.md`;
}
