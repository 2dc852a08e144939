/** The bench's results as rows of figures, and their text and Markdown tables. Pure. */
import { KB } from './budgets.js';

export type Unit = 'bytes' | 'ms' | 'count' | 'chars' | 'ratio' | 'load';

export interface Cell {
  /** The figure, the median when it was measured more than once. */
  value: number;
  /** Repeated measurements: shown as "median (min–max)". */
  min?: number;
  max?: number;
  /** Shown after the figure, e.g. "+ 1 finish". */
  note?: string;
}

export interface Row {
  label: string;
  unit: Unit;
  /** Upper bound, one for every column or one per column; absent when the issue sets none (the figure is only reported). */
  budget?: number | (number | undefined)[];
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
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'load':
      return value.toFixed(2);
    case 'count':
    case 'chars':
      return value.toLocaleString('en-US');
  }
}

/** The budget of column `column`, if any. */
export function budgetOf(row: Row, column: number): number | undefined {
  return Array.isArray(row.budget) ? row.budget[column] : row.budget;
}

/** True within budget, false over it, undefined when there is no budget or no figure. Judged on the median. */
export function withinBudget(row: Row, cell: Cell | null, column = 0): boolean | undefined {
  const budget = budgetOf(row, column);
  if (budget === undefined || cell === null) return undefined;
  return cell.value <= budget;
}

export function cellText(row: Row, cell: Cell | null, column = 0): string {
  if (cell === null) return 'not measured';
  const mark = { true: ' ✓', false: ' ✗', undefined: '' }[String(withinBudget(row, cell, column))];
  const range = cell.min !== undefined && cell.max !== undefined ? ` (${formatValue(row.unit, cell.min)}–${formatValue(row.unit, cell.max)})` : '';
  return `${formatValue(row.unit, cell.value)}${range}${cell.note ? ` ${cell.note}` : ''}${mark}`;
}

export function budgetText(row: Row): string {
  if (row.budget === undefined) return '—';
  const budgets = Array.isArray(row.budget) ? row.budget : [row.budget];
  const shown = [...new Set(budgets.map((b) => (b === undefined ? '—' : `≤ ${formatValue(row.unit, b)}`)))];
  return shown.join(' / ');
}

function grid(table: BenchTable): string[][] {
  return [['figure', 'budget', ...table.columns], ...table.rows.map((r) => [r.label, budgetText(r), ...r.cells.map((c, i) => cellText(r, c, i))])];
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
  return table.rows.every((r) => r.cells.every((c, i) => withinBudget(r, c, i) !== false));
}
