/** The bench's results as rows of figures, and their text and Markdown tables. Pure. */
import { KB } from './budgets.js';

export type Unit = 'bytes' | 'ms' | 'count' | 'chars';

export interface Cell {
  value: number;
  /** Shown after the figure, e.g. "+ 1 finish". */
  note?: string;
}

export interface Row {
  label: string;
  unit: Unit;
  /** Upper bound; absent when the issue sets none (the figure is only reported). */
  budget?: number;
  /** One per column; null when that figure was not measured. */
  cells: (Cell | null)[];
}

export interface BenchTable {
  /** One per course measured, e.g. "1× (…)" and "10× (…)". */
  columns: string[];
  rows: Row[];
}

export function formatValue(unit: Unit, value: number): string {
  switch (unit) {
    case 'bytes':
      return `${(value / KB).toFixed(1)} KB`;
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
    case 'count':
    case 'chars':
      return value.toLocaleString('en-US');
  }
}

/** True within budget, false over it, undefined when there is no budget or no figure. */
export function withinBudget(row: Row, cell: Cell | null): boolean | undefined {
  if (row.budget === undefined || cell === null) return undefined;
  return cell.value <= row.budget;
}

export function cellText(row: Row, cell: Cell | null): string {
  if (cell === null) return 'not measured';
  const mark = { true: ' ✓', false: ' ✗', undefined: '' }[String(withinBudget(row, cell))];
  return `${formatValue(row.unit, cell.value)}${cell.note ? ` ${cell.note}` : ''}${mark}`;
}

export function budgetText(row: Row): string {
  return row.budget === undefined ? '—' : `≤ ${formatValue(row.unit, row.budget)}`;
}

function grid(table: BenchTable): string[][] {
  return [['figure', 'budget', ...table.columns], ...table.rows.map((r) => [r.label, budgetText(r), ...r.cells.map((c) => cellText(r, c))])];
}

/** Aligned columns for the terminal. */
export function textTable(table: BenchTable): string {
  const rows = grid(table);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A GitHub Markdown table for the README. */
export function markdownTable(table: BenchTable): string {
  const [head, ...body] = grid(table);
  const line = (r: string[]) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head!), `|${head!.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`, ...body.map(line)].join('\n');
}

/** True when every budgeted figure is within its budget. */
export function allWithinBudget(table: BenchTable): boolean {
  return table.rows.every((r) => r.cells.every((c) => withinBudget(r, c) !== false));
}
