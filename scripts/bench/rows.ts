/** Turns each course's figures into the table's rows, with the issues' budgets. Pure. */
import { TARGET_IDS } from '../lib/targets.js';
import { BUILD_BUDGET_MS, FIRST_LESSON_BUDGET_MS, NEEDED_JS_CSS_BUDGET, REFERENCE_RATIO_GOAL, SLOW_COMMIT_MS, SUSPEND_DATA_BUDGET } from './budgets.js';
import type { Encoding } from './first-lesson.js';
import type { CourseFigures } from './measure-course.js';
import type { Spread } from './stats.js';
import type { BenchTable, Cell, Row } from './table.js';

const cell = (value: number | undefined, note?: string): Cell | null => (value === undefined ? null : note ? { value, note } : { value });
/** A repeated measurement: its median, with min and max. */
const spreadCell = (s: Spread | undefined): Cell | null => (s === undefined ? null : { value: s.median, min: s.min, max: s.max });

const ENCODING_NAME: Record<Encoding, string> = { gzip: 'gzip', identity: 'uncompressed' };

export function benchTable(courses: CourseFigures[]): BenchTable {
  const columns = courses.map((c) => `${c.label} (${c.stats.lessons} lessons, ${c.stats.questions} questions)`);
  // Targets in the table's order; any a course built that the table no longer lists go last.
  const built = new Set(courses.flatMap((c) => c.packages.map((p) => p.target)));
  const targets = [...TARGET_IDS.filter((t) => built.has(t)), ...[...built].filter((t) => !(TARGET_IDS as string[]).includes(t))];
  const pkg = (c: CourseFigures, target: string) => c.packages.find((p) => p.target === target);
  /** Per column: the real course's budget in its column, the larger one's elsewhere. */
  const bySize = (real: number | undefined, large: number | undefined) => courses.map((c) => (c.copies === 1 ? real : large));
  const runs = Math.max(0, ...courses.map((c) => c.firstLesson?.byEncoding.gzip.courseMs.runs ?? 0));
  const phone = `SCORM 1.2 in the LMS frame, 4× CPU, slow 3G, cold; median (min–max) of ${runs}`;

  const rows: Row[] = [];
  rows.push({
    label: `JS+CSS needed before the first lesson (scorm12, gzip -9 of the files requested by the time the player's own lesson showed)`,
    unit: 'bytes',
    budget: bySize(NEEDED_JS_CSS_BUDGET.real, NEEDED_JS_CSS_BUDGET.large),
    cells: courses.map((c) => spreadCell(c.firstLesson?.neededJsCssBytes)),
  });
  rows.push({
    label: `Data needed before the first lesson (scorm12: the outline and the first module's JSON, gzip -9)`,
    unit: 'bytes',
    cells: courses.map((c) => spreadCell(c.firstLesson?.neededDataBytes)),
  });
  rows.push({
    label: `Launch page with the prerendered cover and first lesson (scorm12 index.html, gzip -9)`,
    unit: 'bytes',
    cells: courses.map((c) => cell(c.firstLesson?.launchPageBytes)),
  });
  for (const encoding of ['gzip', 'identity'] as const) {
    const name = ENCODING_NAME[encoding];
    const at = (c: CourseFigures) => c.firstLesson?.byEncoding[encoding];
    rows.push(
      { label: `First paint, the launch page's prerendered cover, ${name}`, unit: 'ms', cells: courses.map((c) => spreadCell(at(c)?.firstPaintMs)) },
      { label: `Cover ready, Start can be tapped, ${name}`, unit: 'ms', cells: courses.map((c) => spreadCell(at(c)?.coverMs)) },
      { label: `First lesson visible, ${name} (${phone})`, unit: 'ms', ...(encoding === 'gzip' && { budget: FIRST_LESSON_BUDGET_MS }), cells: courses.map((c) => spreadCell(at(c)?.courseMs)) },
      { label: `First lesson interactive, the player's own, ${name}`, unit: 'ms', cells: courses.map((c) => spreadCell(at(c)?.interactiveMs)) },
      { label: `Lit-only reference page, same text, ${name}`, unit: 'ms', cells: courses.map((c) => spreadCell(at(c)?.referenceMs)) },
      { label: `Course ÷ reference, ${name} (run by run)`, unit: 'ratio', ...(encoding === 'gzip' && { budget: REFERENCE_RATIO_GOAL }), cells: courses.map((c) => spreadCell(at(c)?.ratio)) },
    );
  }
  // The build budget is for all five packages of the real course (issue 13); fewer targets are only reported.
  const buildBudget = bySize(targets.length === TARGET_IDS.length ? BUILD_BUDGET_MS : undefined, undefined);
  const packagesBuilt = targets.length === TARGET_IDS.length ? `all ${targets.length} packages` : `${targets.length} of ${TARGET_IDS.length} packages`;
  rows.push(
    { label: `Build, ${packagesBuilt}, \`npm run build\` process, cold`, unit: 'ms', budget: buildBudget, cells: courses.map((c) => spreadCell(c.build.coldMs)) },
    { label: `Build, ${packagesBuilt}, \`npm run build\` process, warm`, unit: 'ms', budget: buildBudget, cells: courses.map((c) => spreadCell(c.build.warmMs)) },
    { label: 'Load average (1 min) when this column started / ended', unit: 'load', cells: courses.map((c) => cell(c.loadAverage.start[0], c.loadAverage.end.length ? `/ ${c.loadAverage.end[0]!.toFixed(2)}` : undefined)) },
  );
  rows.push(
    ...targets.flatMap((target): Row[] => [
      { label: `${target}: all JS+CSS in the package, gzip -9`, unit: 'bytes', cells: courses.map((c) => cell(pkg(c, target)?.jsCssGzipBytes)) },
      { label: `${target}: zip`, unit: 'bytes', cells: courses.map((c) => cell(pkg(c, target)?.zipBytes)) },
    ]),
  );
  const pacing = { scripted: 'scripted, no pauses', paced: 'paced at the estimated minutes' } as const;
  for (const standard of ['scorm12', 'scorm2004'] as const) {
    if (!courses.some((c) => c.commits[standard])) continue;
    for (const run of ['scripted', 'paced'] as const) {
      rows.push({
        label: `LMS commits, full run, ${pacing[run]} (${standard})`,
        unit: 'count',
        cells: courses.map((c) => {
          const n = c.commits[standard]?.[run];
          return n ? cell(n.commits, `+ ${n.finishes} finish`) : null;
        }),
      });
    }
  }
  if (courses.some((c) => c.slowCommits)) {
    rows.push({
      label: `Longest screen freeze, action → next screen painted, with ${SLOW_COMMIT_MS / 1000} s commits (scorm12, scripted)`,
      unit: 'ms',
      cells: courses.map((c) => cell(c.slowCommits?.longestBlockMs, c.slowCommits ? `(${c.slowCommits.commits} commits)` : undefined)),
    });
  }
  rows.push({ label: 'Worst-case saved state (chars)', unit: 'chars', budget: SUSPEND_DATA_BUDGET, cells: courses.map((c) => cell(c.worstCaseState)) });
  return { columns, rows };
}
