/** Every figure of the bench for one course folder: build, sizes, saved-state bound, and the browser runs. */
import { join } from 'node:path';
import type { Course } from '../../src/content/types.js';
import { worstCaseStateLength } from '../../src/session/worst-case.js';
import { build } from '../lib/build.js';
import { courseStats } from '../lib/load-course.js';
import type { TargetId } from '../lib/targets.js';
import { formatProblem } from '../../src/content/validate.js';
import { launchCold } from './chromium.js';
import { firstLessonTime, type FirstLesson } from './first-lesson.js';
import { SLOW_COMMIT_MS } from './budgets.js';
import { countCommits, type CommitCount, type ScormStandard } from './lms-commits.js';
import { startBenchLms } from './lms-server.js';
import { packageSize } from './package-size.js';
import { playPlan } from './play-plan.js';

export interface PackageFigures {
  target: string;
  standard: string;
  zip: string;
  zipBytes: number;
  jsCssGzipBytes: number;
}

export interface CourseFigures {
  label: string;
  stats: ReturnType<typeof courseStats>;
  buildMs: number;
  /** CPU time of the build (all threads): when far below twice buildMs on 2 cores, other work slowed the wall clock. */
  buildCpuMs: number;
  packages: PackageFigures[];
  worstCaseState: number;
  /** Absent when the build made no SCORM 1.2 package. */
  firstLesson?: FirstLesson;
  /** Full runs: scripted (no pauses) and paced (the course's estimated minutes). */
  commits: Partial<Record<ScormStandard, { scripted: CommitCount; paced: CommitCount }>>;
  /** A scripted SCORM 1.2 run with every commit blocking the page for `SLOW_COMMIT_MS`; absent when not measured. */
  slowCommits?: CommitCount;
}

export interface MeasureOptions {
  label: string;
  modules: string;
  out: string;
  targets: TargetId[];
  runs: number;
  /** Also play once with 1 s commits (about a second per commit, so only for the real course). */
  slowCommits: boolean;
  log: (line: string) => void;
}

export async function measureCourse(o: MeasureOptions): Promise<CourseFigures> {
  o.log(`${o.label}: building every target from ${o.modules}`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await build({ modules: o.modules, out: o.out, targets: o.targets, log: (line) => o.log(`  ${line}`) });
  const buildMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const buildCpuMs = (user + system) / 1000;
  if (!result.ok) throw new Error(`${o.label}: the course has problems:\n${result.problems.map(formatProblem).join('\n')}`);
  const course: Course = result.course;

  const packages: PackageFigures[] = [];
  for (const p of result.packages) packages.push({ target: p.target, standard: p.standard, zip: p.zip, ...(await packageSize(p.zip)) });
  const built = new Set<string>(result.packages.map((p) => p.target));
  const figures: CourseFigures = { label: o.label, stats: courseStats(course), buildMs, buildCpuMs, packages, worstCaseState: worstCaseStateLength(course), commits: {} };

  const lms = await startBenchLms(join(o.out, '.stage'));
  try {
    if (built.has('scorm12')) {
      o.log(`${o.label}: first lesson, ${o.runs} cold runs at 4× CPU throttling`);
      figures.firstLesson = await firstLessonTime(lms.url, course, o.runs);
    }
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
  return figures;
}
