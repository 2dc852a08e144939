/**
 * Fills a target's staging folder around its bundle: the launch page, the
 * official schemas, and last the manifest, which lists exactly the files
 * staged (LMS-COMPAT 24: a file missing from the resource list is the
 * commonest upload failure).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { join } from 'node:path';
import type { Course } from '../../src/content/types.js';
import { activityIris, defaultBaseIri } from '../../src/tracking/xapi/iri.js';
import { ROOT } from './paths.js';
import { renderTemplate } from './render-template.js';
import { fillCourse } from '../../src/content/site.js';
import { neutralWording } from '../../src/content/site-wording.js';
import type { Target } from './targets.js';
import { listFiles } from './zip.js';
import { brandProperties } from '../../src/entries/apply-brand.js';
import type { FirstScreenHtml } from './prerender.js';

export const LAUNCH_PAGE = 'index.html';
const LAUNCH_TEMPLATE = 'manifest/index.html.mustache';
/** Where the launch page takes the prerendered first screen and its script: markup the renderer must not escape. */
const FIRST_SCREEN_MARK = '<!-- first screen: scripts/lib/prerender.ts -->';
const FIRST_SCREEN_SCRIPT_MARK = '/* first screen script: manifest/first-screen.js */';
const FIRST_SCREEN_SCRIPT = 'manifest/first-screen.js';

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
 * The launch page: the prerendered first screen (prerender.ts: the cover, and
 * the first lesson hidden until Start) inside <fl-player>, which draws itself
 * over it once the code is here; after 15 s without it (CSS alone: it must show
 * even if no script runs) a line that the connection may be slow. The first
 * screen's markup was escaped by Lit's renderer; everything else by ours.
 */
function launchPage(view: object, firstScreen: FirstScreenHtml): string {
  const page = renderTemplate(join(ROOT, LAUNCH_TEMPLATE), view);
  if (!page.includes(FIRST_SCREEN_MARK) || !page.includes(FIRST_SCREEN_SCRIPT_MARK)) throw new Error(`${LAUNCH_TEMPLATE}: the first screen's marks are missing`);
  // The element after the lesson tells first-screen.js that the lesson has arrived in full.
  const screens = `<div data-screen="cover">${firstScreen.cover}</div>${firstScreen.lesson ? `<div data-screen="lesson" hidden>${firstScreen.lesson}</div><span data-screen-end></span>` : ''}`;
  const script = transformSync(readFileSync(join(ROOT, FIRST_SCREEN_SCRIPT), 'utf8'), { minify: true, target: 'es2019' }).code.trim();
  // Functions as replacements: a `$` in the course's text is not a pattern.
  return page.replace(FIRST_SCREEN_MARK, () => screens).replace(FIRST_SCREEN_SCRIPT_MARK, () => script);
}

/** The firm's colours on the page before the player sets them (src/entries/apply-brand.ts): the first screen wears them too. */
function brandStyle(course: Course): string {
  return brandProperties(course.brand).map(([name, value]) => `${name}:${value}`).join(';');
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
export function stagePackage({ target, course, dir, baseIri, preload = { code: [], content: [] }, firstScreen }: { target: Target; course: Course; dir: string; baseIri?: string; preload?: Preload; firstScreen: FirstScreenHtml }): string[] {
  const launch = { ...templateView(course, [], baseIri), preload, loading: { slow: firstScreen.slow }, brandStyle: brandStyle(course) };
  writeFileSync(join(dir, LAUNCH_PAGE), launchPage(launch, firstScreen));
  for (const file of target.schemas?.files ?? []) copyFileSync(join(ROOT, target.schemas!.dir, file), join(dir, file));
  if (target.manifest) {
    const files = listFiles(dir);
    const xml = renderTemplate(join(ROOT, target.manifest.template), templateView(course, files, baseIri));
    writeFileSync(join(dir, target.manifest.file), xml);
  }
  return listFiles(dir);
}
