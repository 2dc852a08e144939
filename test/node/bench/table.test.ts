// The bench table: each figure against its budget, ✓ within and ✗ over, with
// min–max beside medians, in the terminal and Markdown forms; the rows and their
// budgets per column; and dist/bench.json's flat figures.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { figureEntries } from '../../../scripts/bench/bench-json.js';
import { benchTable } from '../../../scripts/bench/rows.js';
import type { CourseFigures } from '../../../scripts/bench/measure-course.js';
import { spread } from '../../../scripts/bench/stats.js';
import { allWithinBudget, budgetText, cellText, markdownTable, textTable, type BenchTable } from '../../../scripts/bench/table.js';

const table: BenchTable = {
  columns: ['1×', '10×'],
  rows: [
    { label: 'Needed JS+CSS', unit: 'bytes', budget: [40 * 1024, 45 * 1024], cells: [{ value: 39 * 1024 }, { value: 46 * 1024 }] },
    { label: 'Build', unit: 'ms', budget: 5_000, cells: [{ value: 4_020, min: 3_900, max: 6_100 }, null] },
    { label: 'Ratio', unit: 'ratio', budget: 1.3, cells: [{ value: 1.31, min: 1.2, max: 1.5 }, { value: 1.25 }] },
    { label: 'LMS commits', unit: 'count', cells: [{ value: 2, note: '+ 1 finish' }, { value: 2, note: '+ 1 finish' }] },
  ],
};

describe('the bench table', () => {
  test('marks medians within budget ✓ and over ✗, per column; min–max beside; unbudgeted and missing carry no mark', () => {
    const [needed, build, ratio, commits] = table.rows;
    assert.equal(cellText(needed!, needed!.cells[0]!, 0), '39.0 KB ✓');
    // Each column has its own budget: 10×'s is 45 KB.
    assert.equal(cellText(needed!, needed!.cells[1]!, 1), '46.0 KB ✗');
    assert.equal(budgetText(needed!), '≤ 40.0 KB / ≤ 45.0 KB');
    // The median decides, not the slowest run.
    assert.equal(cellText(build!, build!.cells[0]!), '4.02 s (3.90 s–6.10 s) ✓');
    assert.equal(cellText(build!, null), 'not measured');
    assert.equal(cellText(ratio!, ratio!.cells[0]!), '1.31× (1.20×–1.50×) ✗');
    assert.equal(cellText(commits!, commits!.cells[0]!), '2 + 1 finish');
    assert.equal(allWithinBudget(table), false);
    assert.equal(allWithinBudget({ ...table, rows: [build!, commits!] }), true);
  });

  test('prints aligned text and a Markdown table with the budgets', () => {
    const text = textTable(table).split('\n');
    assert.match(text[0]!, /^figure\s+budget\s+1×\s+10×$/);
    assert.match(text[3]!, /^Build\s+≤ 5\.00 s\s+4\.02 s \(3\.90 s–6\.10 s\) ✓\s+not measured$/);
    const md = markdownTable(table).split('\n');
    assert.equal(md[0], '| figure | budget | 1× | 10× |');
    assert.equal(md[1], '| --- | --- | ---: | ---: |');
    assert.equal(md[2], '| Needed JS+CSS | ≤ 40.0 KB / ≤ 45.0 KB | 39.0 KB ✓ | 46.0 KB ✗ |');
    assert.equal(md[5], '| LMS commits | — | 2 + 1 finish | 2 + 1 finish |');
  });
});

const figures = (copies: number, over: Partial<CourseFigures> = {}): CourseFigures => ({
  label: `${copies}×`,
  copies,
  stats: { modules: 1, lessons: 2, questions: 3, bank: 1 },
  build: { coldMs: spread([6000, 4000, 4500]), warmMs: spread([3000, 3200, 2900]) },
  packages: ['scorm12', 'xapi'].map((target) => ({ target, standard: target, zip: `${target}.zip`, zipBytes: 70 * 1024, jsCssGzipBytes: 60 * 1024 })),
  worstCaseState: 5000,
  commits: {},
  loadAverage: { start: [0.5, 0.4, 0.3], end: [1.25, 0.5, 0.3] },
  firstLesson: {
    byEncoding: {
      gzip: { firstPaintMs: spread([450, 460, 470]), coverMs: spread([1200, 1000, 1150]), courseMs: spread([1300, 1100, 1250]), interactiveMs: spread([2100, 2000, 2200]), referenceMs: spread([1000, 1000, 1000]), ratio: spread([1.3, 1.1, 1.25]) },
      identity: { firstPaintMs: spread([460, 470, 480]), coverMs: spread([4900, 5000, 4800]), courseMs: spread([5000, 5100, 4900]), interactiveMs: spread([6000, 6100, 5900]), referenceMs: spread([1000, 1100, 1000]), ratio: spread([5, 4.6, 4.9]) },
    },
    neededJsCssBytes: spread([42 * 1024, 42 * 1024, 42 * 1024]),
    neededFiles: ['app.js'],
    neededDataBytes: spread([6 * 1024, 6 * 1024, 6 * 1024]),
    neededDataFiles: ['content/course.0123456789.json'],
    launchPageBytes: 7400,
  },
  ...over,
});

describe('the bench rows', () => {
  const t = benchTable([figures(1), figures(10)]);
  const row = (start: string) => t.rows.find((r) => r.label.startsWith(start))!;

  test('needed JS+CSS is budgeted 40 KB at 1× and 45 KB at 10×; the package totals are only reported', () => {
    const needed = row('JS+CSS needed before the first lesson');
    assert.equal(cellText(needed, needed.cells[0]!, 0), '42.0 KB (42.0 KB–42.0 KB) ✗');
    assert.equal(cellText(needed, needed.cells[1]!, 1), '42.0 KB (42.0 KB–42.0 KB) ✓');
    const total = row('scorm12: all JS+CSS');
    assert.equal(total.budget, undefined);
    assert.equal(cellText(total, total.cells[0]!), '60.0 KB');
  });

  test('first lesson, reference and ratio rows for gzip and uncompressed; budgets on gzip only', () => {
    const gzip = row('First lesson visible, gzip');
    assert.match(gzip.label, /4× CPU, slow 3G, cold; median \(min–max\) of 3/);
    assert.equal(cellText(gzip, gzip.cells[0]!), '1.25 s (1.10 s–1.30 s) ✗');
    assert.equal(cellText(row('Course ÷ reference, gzip'), row('Course ÷ reference, gzip').cells[0]!), '1.25× (1.10×–1.30×) ✓');
    assert.equal(row('First lesson visible, uncompressed').budget, undefined);
    assert.equal(cellText(row('Lit-only reference page, same text, uncompressed'), row('Lit-only reference page, same text, uncompressed').cells[0]!), '1.00 s (1.00 s–1.10 s)');
  });

  test('the build, cold and warm, is budgeted 5 s for all five packages of the real course only; the load average sits beside', () => {
    const all = ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web'].map((target) => ({ target, standard: target, zip: `${target}.zip`, zipBytes: 1, jsCssGzipBytes: 1 }));
    const five = benchTable([figures(1, { packages: all }), figures(10, { packages: all })]);
    const cold = five.rows.find((r) => r.label === 'Build, all 5 packages, `npm run build` process, cold')!;
    assert.equal(cellText(cold, cold.cells[0]!, 0), '4.50 s (4.00 s–6.00 s) ✓');
    assert.equal(cellText(cold, cold.cells[1]!, 1), '4.50 s (4.00 s–6.00 s)');
    const two = row('Build, 2 of 5 packages, `npm run build` process, cold');
    assert.deepEqual(two.budget, [undefined, undefined], 'fewer targets: reported, not budgeted');
    const load = row('Load average');
    assert.equal(cellText(load, load.cells[0]!), '0.50 / 1.25');
    assert.equal(t.columns[0], '1× (2 lessons, 3 questions)');
    assert.equal(cellText(row('Worst-case'), row('Worst-case').cells[0]!), '5,000 ✗');
    assert.equal(t.rows.some((r) => r.label.startsWith('Longest screen freeze')), false, 'no row for a figure not measured');
  });

  test('reports the longest screen freeze of the slow-commit run, with its commits', () => {
    const slow = { commits: 41, finishes: 1, calls: {}, longestSuspendData: 100, longestBlockMs: 34 };
    const s = benchTable([figures(1, { slowCommits: slow }), figures(10)]);
    const freeze = s.rows.find((r) => r.label.startsWith('Longest screen freeze'))!;
    assert.match(freeze.label, /1 s commits/);
    assert.equal(cellText(freeze, freeze.cells[0]!), '34 ms (41 commits)');
    assert.equal(cellText(freeze, freeze.cells[1]!), 'not measured');
  });

  test('bench.json lists every measured cell with min, median, max and its budget verdict', () => {
    const entries = figureEntries(t);
    const gzip = entries.find((e) => e.figure.startsWith('First lesson visible, gzip') && e.column.startsWith('10×'))!;
    assert.deepEqual({ ...gzip, figure: undefined, column: undefined }, { figure: undefined, column: undefined, unit: 'ms', min: 1100, median: 1250, max: 1300, budget: 1200, withinBudget: false });
    const zip = entries.find((e) => e.figure === 'scorm12: zip')!;
    assert.deepEqual([zip.min, zip.median, zip.max, 'budget' in zip], [70 * 1024, 70 * 1024, 70 * 1024, false]);
    assert.equal(entries.length, t.rows.flatMap((r) => r.cells.filter((c) => c !== null)).length);
  });
});
