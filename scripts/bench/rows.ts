/** Turns each course's figures into the table's rows, with the budgets. Pure. */
import { TARGET_IDS } from '../lib/targets.js';
import { BUILD_BUDGET_MS, FIRST_LESSON_BUDGET_MS, jsCssBudget, SLOW_COMMIT_MS, SUSPEND_DATA_BUDGET } from './budgets.js';
import type { CourseFigures } from './measure-course.js';
import type { BenchTable, Cell, Row } from './table.js';

const cell = (value: number | undefined, note?: string): Cell | null => (value === undefined ? null : note ? { value, note } : { value });

export function benchTable(courses: CourseFigures[]): BenchTable {
  const columns = courses.map((c) => `${c.label} (${c.stats.lessons} lessons, ${c.stats.questions} questions)`);
  // Targets in the table's order; any a course built that the table no longer lists go last.
  const built = new Set(courses.flatMap((c) => c.packages.map((p) => p.target)));
  const targets = [...TARGET_IDS.filter((t) => built.has(t)), ...[...built].filter((t) => !(TARGET_IDS as string[]).includes(t))];
  const pkg = (c: CourseFigures, target: string) => c.packages.find((p) => p.target === target);

  const rows: Row[] = targets.flatMap((target): Row[] => [
    { label: `${target}: JS+CSS, gzip -9`, unit: 'bytes', budget: jsCssBudget(target), cells: courses.map((c) => cell(pkg(c, target)?.jsCssGzipBytes)) },
    { label: `${target}: zip`, unit: 'bytes', cells: courses.map((c) => cell(pkg(c, target)?.zipBytes)) },
  ]);
  rows.push({ label: `Build, all ${targets.length} packages`, unit: 'ms', budget: BUILD_BUDGET_MS, cells: courses.map((c) => cell(c.buildMs)) });
  const runs = Math.max(0, ...courses.map((c) => c.firstLesson?.samplesMs.length ?? 0));
  rows.push({
    label: `First lesson visible (SCORM 1.2 in the LMS frame, 4× CPU, cold, median of ${runs})`,
    unit: 'ms',
    budget: FIRST_LESSON_BUDGET_MS,
    cells: courses.map((c) => cell(c.firstLesson?.medianMs)),
  });
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
