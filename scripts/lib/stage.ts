/**
 * Fills a target's staging folder around its bundle: the launch page, the
 * official schemas, and last the manifest, which lists exactly the files
 * staged (LMS-COMPAT 24: a file missing from the resource list is the
 * commonest upload failure).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course } from '../../src/content/types.js';
import { activityIris, defaultBaseIri } from '../../src/tracking/xapi/iri.js';
import { ROOT } from './paths.js';
import { renderTemplate } from './render-template.js';
import { fillCourse } from '../../src/content/site.js';
import { neutralWording } from '../../src/content/site-wording.js';
import type { Target } from './targets.js';
import { listFiles } from './zip.js';
import { primarySubtag } from '../../src/content/language.js';
import { english } from '../../src/components/i18n/strings.js';
import { spanish } from '../../src/components/i18n/spanish.js';

export const LAUNCH_PAGE = 'index.html';
const LAUNCH_TEMPLATE = 'manifest/index.html.mustache';

/** Everything the templates may show; every value is escaped by the renderer. */
export function templateView(course: Course, files: readonly string[] = [], baseIri = defaultBaseIri(course.id)) {
  const passMark = course.assessment.passMark;
  const assessed = course.assessment.draw > 0;
  const iris = activityIris(baseIri);
  return {
    // The manifests name the course as the player will: the site's details filled in, or the neutral words.
    course: fillCourse(course, neutralWording),
    // IMS CP 1.1.4: identifier attributes are xs:ID; course ids (ids.ts) are valid NCNames.
    ids: { manifest: course.id, organization: `${course.id}_org`, item: `${course.id}_item`, resource: `${course.id}_sco` },
    launch: LAUNCH_PAGE,
    // SCORM 1.2 CAM adlcp:masteryscore: a score from 0 to 100 (compared with cmi.core.score.raw).
    masteryScore: formatNumber(passMark),
    // IMS SS minNormalizedMeasure: −1…1, so the percentage over 100.
    minNormalizedMeasure: formatNumber(passMark / 100),
    files,
    // The same IRIs the bundle's statements use (src/tracking/xapi/iri.ts).
    iri: { course: iris.course, au: iris.au },
    cmi5: {
      // cmi5 13.1.4 moveOn: the LMS satisfies the AU once the learner completed and passed
      // (the course completes only after passing, or out of attempts as failed).
      moveOn: assessed ? 'CompletedAndPassed' : 'Completed',
      // cmi5 13.1.4 masteryScore: 0–1, up to 4 decimals; none without an assessment.
      masteryScore: assessed ? [formatNumber(passMark / 100)] : [],
      // cmi5 13.1.4 launchMethod: the player works in a frame or its own window.
      launchMethod: 'AnyWindow',
    },
  };
}

/**
 * What the launch page shows until the player draws itself over it: on a slow
 * phone network that is the first second or two (issue 13), in the language
 * the package starts in, in the player's own words: "Loading…", and after 15 s
 * (CSS alone: it must show even if no script ever runs) that the connection
 * may be slow.
 */
function launchLoadingText(language: string): { wait: string; slow: string } {
  const strings = primarySubtag(language) === 'es' ? spanish : english;
  return { wait: strings.contentLoading, slow: strings.contentFailedText };
}

/** Up to 4 decimals without trailing zeros: 80 → "80", 0.8 → "0.8", 2/3 → "0.6667". */
function formatNumber(n: number): string {
  return String(Number(n.toFixed(4)));
}

/** Files the launch page starts fetching beside app.js, so none waits for the file before it on a slow network. */
export interface Preload {
  /** The shared chunks app.js imports (lazy-files.ts). */
  code: string[];
  /** The first module's content (stage-content.ts). */
  content: string[];
}

/** Stages everything but the bundle (already in `dir`); returns the staged files. */
export function stagePackage({ target, course, dir, baseIri, preload = { code: [], content: [] } }: { target: Target; course: Course; dir: string; baseIri?: string; preload?: Preload }): string[] {
  const launch = { ...templateView(course, [], baseIri), preload, loading: launchLoadingText(course.language) };
  writeFileSync(join(dir, LAUNCH_PAGE), renderTemplate(join(ROOT, LAUNCH_TEMPLATE), launch));
  for (const file of target.schemas?.files ?? []) copyFileSync(join(ROOT, target.schemas!.dir, file), join(dir, file));
  if (target.manifest) {
    const files = listFiles(dir);
    const xml = renderTemplate(join(ROOT, target.manifest.template), templateView(course, files, baseIri));
    writeFileSync(join(dir, target.manifest.file), xml);
  }
  return listFiles(dir);
}
