/** dist/bench.json: the environment, every course's raw figures, and one flat entry per table cell. Pure. */
import type { CourseFigures } from './measure-course.js';
import { budgetOf, withinBudget, type BenchTable, type Unit } from './table.js';

export interface FigureEntry {
  figure: string;
  column: string;
  unit: Unit;
  /** For a figure measured once, min = median = max. */
  min: number;
  median: number;
  max: number;
  budget?: number;
  withinBudget?: boolean;
}

/** Every measured cell of the table, flat, for scripts that compare runs. */
export function figureEntries(table: BenchTable): FigureEntry[] {
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell, i): FigureEntry[] => {
      if (cell === null) return [];
      const budget = budgetOf(row, i);
      const entry: FigureEntry = { figure: row.label, column: table.columns[i]!, unit: row.unit, min: cell.min ?? cell.value, median: cell.value, max: cell.max ?? cell.value };
      return [budget === undefined ? entry : { ...entry, budget, withinBudget: withinBudget(row, cell, i)! }];
    }),
  );
}

export function benchJson(o: { environment: Record<string, unknown>; runs: number; copies: number; courses: CourseFigures[]; table: BenchTable; extra?: Record<string, unknown> }): string {
  const { environment, runs, copies, courses, table, extra } = o;
  return `${JSON.stringify({ environment, runs, copies, ...extra, figures: figureEntries(table), courses, table }, null, 2)}\n`;
}
