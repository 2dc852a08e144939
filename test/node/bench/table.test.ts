// The bench table: each figure against its budget, ✓ within and ✗ over, in
// the terminal and Markdown forms; and the rows' budgets per target.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { benchTable } from '../../../scripts/bench/rows.js';
import type { CourseFigures } from '../../../scripts/bench/measure-course.js';
import { allWithinBudget, cellText, markdownTable, textTable, type BenchTable } from '../../../scripts/bench/table.js';

const table: BenchTable = {
  columns: ['1×', '10×'],
  rows: [
    { label: 'scorm12: JS+CSS, gzip -9', unit: 'bytes', budget: 60 * 1024, cells: [{ value: 55 * 1024 }, { value: 270 * 1024 }] },
    { label: 'Build', unit: 'ms', budget: 15_000, cells: [{ value: 7_020 }, null] },
    { label: 'LMS commits', unit: 'count', cells: [{ value: 2, note: '+ 1 finish' }, { value: 2, note: '+ 1 finish' }] },
  ],
};

describe('the bench table', () => {
  test('marks figures within budget ✓ and over budget ✗; unbudgeted and missing ones carry no mark', () => {
    const [size, build, commits] = table.rows;
    assert.equal(cellText(size!, size!.cells[0]!), '55.0 KB ✓');
    assert.equal(cellText(size!, size!.cells[1]!), '270.0 KB ✗');
    assert.equal(cellText(build!, build!.cells[0]!), '7.02 s ✓');
    assert.equal(cellText(build!, null), 'not measured');
    assert.equal(cellText(commits!, commits!.cells[0]!), '2 + 1 finish');
    assert.equal(allWithinBudget(table), false);
    assert.equal(allWithinBudget({ ...table, rows: [build!, commits!] }), true);
  });

  test('prints aligned text and a Markdown table with the budgets', () => {
    const text = textTable(table).split('\n');
    assert.match(text[0]!, /^figure\s+budget\s+1×\s+10×$/);
    assert.match(text[2]!, /^scorm12: JS\+CSS, gzip -9\s+≤ 60\.0 KB\s+55\.0 KB ✓\s+270\.0 KB ✗$/);
    const md = markdownTable(table).split('\n');
    assert.equal(md[0], '| figure | budget | 1× | 10× |');
    assert.equal(md[1], '| --- | --- | ---: | ---: |');
    assert.equal(md[2], '| scorm12: JS+CSS, gzip -9 | ≤ 60.0 KB | 55.0 KB ✓ | 270.0 KB ✗ |');
    assert.equal(md[4], '| LMS commits | — | 2 + 1 finish | 2 + 1 finish |');
  });

  test('budgets SCORM packages at 60 KB and the others at 90 KB', () => {
    const figures = (bytes: number): CourseFigures => ({
      label: '1×',
      stats: { modules: 1, lessons: 2, questions: 3, bank: 1 },
      buildMs: 1000,
      buildCpuMs: 1500,
      packages: ['scorm12', 'xapi', 'web'].map((target) => ({ target, standard: target, zip: `${target}.zip`, zipBytes: bytes, jsCssGzipBytes: bytes })),
      worstCaseState: 5000,
      commits: {},
    });
    const t = benchTable([figures(70 * 1024)]);
    const mark = (label: string) => t.rows.find((r) => r.label === label)!;
    assert.equal(cellText(mark('scorm12: JS+CSS, gzip -9'), mark('scorm12: JS+CSS, gzip -9').cells[0]!), '70.0 KB ✗');
    assert.equal(cellText(mark('xapi: JS+CSS, gzip -9'), mark('xapi: JS+CSS, gzip -9').cells[0]!), '70.0 KB ✓');
    assert.equal(cellText(mark('web: JS+CSS, gzip -9'), mark('web: JS+CSS, gzip -9').cells[0]!), '70.0 KB ✓');
    assert.equal(t.columns[0], '1× (2 lessons, 3 questions)');
    const state = t.rows.find((r) => r.label.startsWith('Worst-case'))!;
    assert.equal(cellText(state, state.cells[0]!), '5,000 ✗');
    assert.equal(t.rows.some((r) => r.label.startsWith('Longest screen freeze')), false, 'no row for a figure not measured');
  });

  test('reports the longest screen freeze of the slow-commit run, with its commits', () => {
    const base: CourseFigures = {
      label: '1×',
      stats: { modules: 1, lessons: 2, questions: 3, bank: 1 },
      buildMs: 1000,
      buildCpuMs: 1500,
      packages: [],
      worstCaseState: 100,
      commits: {},
    };
    const slow = { commits: 41, finishes: 1, calls: {}, longestSuspendData: 100, longestBlockMs: 34 };
    const t = benchTable([{ ...base, slowCommits: slow }, { ...base, label: '10×' }]);
    const row = t.rows.find((r) => r.label.startsWith('Longest screen freeze'))!;
    assert.match(row.label, /1 s commits/);
    assert.equal(cellText(row, row.cells[0]!), '34 ms (41 commits)');
    assert.equal(cellText(row, row.cells[1]!), 'not measured');
  });
});
