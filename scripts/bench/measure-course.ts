/** Every figure of the bench for one course folder: build, sizes, saved-state bound, and the browser runs. */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Course } from '../../src/content/types.js';
import { worstCaseStateLength } from '../../src/session/worst-case.js';
import { courseStats, isError, loadCourse } from '../lib/load-course.js';
import { packagesIn } from '../lib/package-files.js';
import { TARGETS, type TargetId } from '../lib/targets.js';
import { formatProblem } from '../../src/content/validate.js';
import { timeBuilds, type BuildTimes } from './build-time.js';
import { launchCold } from './chromium.js';
import { firstLessonTime, type FirstLesson } from './first-lesson.js';
import { SLOW_COMMIT_MS } from './budgets.js';
import { countCommits, type CommitCount, type ScormStandard } from './lms-commits.js';
import { startBenchLms } from './lms-server.js';
import { packageSize } from './package-size.js';
import { firstLessonText, playPlan } from './play-plan.js';
import { writeReferencePage } from './reference-page.js';

export interface PackageFigures {
  target: string;
  standard: string;
  zip: string;
  zipBytes: number;
  /** Every JS and CSS file of the package, gzip -9 (what the whole course downloads in time). */
  jsCssGzipBytes: number;
}

export interface CourseFigures {
  label: string;
  /** 1 for the real course; N for the synthetic course N times larger. */
  copies: number;
  stats: ReturnType<typeof courseStats>;
  /** `npm run build` as a whole process, cold and warm (build-time.ts). */
  build: BuildTimes;
  packages: PackageFigures[];
  worstCaseState: number;
  /** Absent when the build made no SCORM 1.2 package. */
  firstLesson?: FirstLesson;
  /** Full runs: scripted (no pauses) and paced (the course's estimated minutes). */
  commits: Partial<Record<ScormStandard, { scripted: CommitCount; paced: CommitCount }>>;
  /** A scripted SCORM 1.2 run with every commit blocking the page for `SLOW_COMMIT_MS`; absent when not measured. */
  slowCommits?: CommitCount;
  /** os.loadavg() (1, 5, 15 minutes) when this course's measuring started and ended: other work inflates timings. */
  loadAverage: { start: number[]; end: number[] };
}

export interface MeasureOptions {
  label: string;
  copies: number;
  modules: string;
  out: string;
  targets: TargetId[];
  runs: number;
  /** Also play once with 1 s commits (about a second per commit, so only for the real course). */
  slowCommits: boolean;
  log: (line: string) => void;
}

const load = () => loadavg().map((n) => Number(n.toFixed(2)));

export async function measureCourse(o: MeasureOptions): Promise<CourseFigures> {
  const loadAtStart = load();
  const loaded = await loadCourse(o.modules);
  if (loaded.problems.some(isError)) throw new Error(`${o.label}: the course has problems:\n${loaded.problems.map(formatProblem).join('\n')}`);
  const course: Course = loaded.course;
  o.log(`${o.label}: npm run build, ${o.runs} cold and ${o.runs} warm, ${o.targets.length} targets (load average ${loadAtStart.join(' ')})`);
  const build = timeBuilds(o.modules, o.out, o.targets, o.runs);

  const packages: PackageFigures[] = [];
  for (const p of packagesIn(o.out).filter((p) => p.kind === 'zip')) {
    const zip = join(o.out, p.name);
    packages.push({ target: p.target, standard: TARGETS[p.target].standard, zip, ...(await packageSize(zip)) });
  }
  const built = new Set<string>(packages.map((p) => p.target));
  const figures: CourseFigures = { label: o.label, copies: o.copies, stats: courseStats(course), build, packages, worstCaseState: worstCaseStateLength(course), commits: {}, loadAverage: { start: loadAtStart, end: [] } };

  const stageRoot = join(o.out, '.stage');
  if (built.has('scorm12')) {
    await writeReferencePage(stageRoot, firstLessonText(course), course.language);
    const [gzip, identity] = await Promise.all([startBenchLms(stageRoot, true), startBenchLms(stageRoot, false)]);
    try {
      o.log(`${o.label}: first lesson, ${o.runs} rounds of course and reference, gzip and uncompressed, 4× CPU, slow 3G, cold`);
      figures.firstLesson = await firstLessonTime({ gzip: gzip.url, identity: identity.url }, stageRoot, course, o.runs, o.log);
    } finally {
      await Promise.all([gzip.close(), identity.close()]);
    }
  }

  const lms = await startBenchLms(stageRoot, false);
  try {
    const plan = playPlan(course);
    const browser = await launchCold();
    try {
      for (const standard of ['scorm12', 'scorm2004'] as const) {
        if (!built.has(standard)) continue;
        o.log(`${o.label}: full runs on ${standard}, scripted and paced, counting LMS calls`);
        figures.commits[standard] = {
          scripted: await countCommits(browser.browser, lms.url, standard, plan, false),
          paced: await countCommits(browser.browser, lms.url, standard, plan, true),
        };
      }
      if (o.slowCommits && built.has('scorm12')) {
        o.log(`${o.label}: a full run on scorm12 with ${SLOW_COMMIT_MS} ms commits, timing each action to its next frame`);
        figures.slowCommits = await countCommits(browser.browser, lms.url, 'scorm12', plan, false, SLOW_COMMIT_MS);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await lms.close();
  }
  figures.loadAverage.end = load();
  return figures;
}
