/** The spread of repeated measurements: every timing the bench reports is min / median / max over its runs. Pure. */

export interface Spread {
  min: number;
  median: number;
  max: number;
  /** How many measurements. */
  runs: number;
  /** Each measurement, in the order taken. */
  samples: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('no measurements: a median needs at least one');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(samples: readonly number[]): Spread {
  return { min: Math.min(...samples), median: median(samples), max: Math.max(...samples), runs: samples.length, samples: [...samples] };
}

/** Pairwise ratios a[i] / b[i] (runs taken side by side), as a spread. */
export function ratioSpread(a: readonly number[], b: readonly number[]): Spread {
  if (a.length !== b.length) throw new Error(`ratio of ${a.length} and ${b.length} measurements: they must be taken in pairs`);
  return spread(a.map((x, i) => x / b[i]!));
}
