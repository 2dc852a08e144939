/**
 * Time and score formats for statements. xAPI 1.0.3 Part Two §4.6: durations
 * are ISO 8601 durations, compared to 0.01 s; LMS-COMPAT 29: only the
 * `PT…H…M…S` form (LRSs reject the alternative format). §2.4.7: timestamps in
 * ISO 8601, here always UTC (cmi5 9.7.0.0-2).
 */

/** 3_723_456 ms → "PT1H2M3.46S"; 0 → "PT0S". */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** UTC timestamp with milliseconds, e.g. "2026-01-02T03:04:05.678Z". */
export function isoTimestamp(date: Date): string {
  return date.toISOString();
}

/**
 * §2.4.5.1 Score from a 0–100 percentage: scaled in −1…1 (here 0…1, at most 4
 * decimals like cmi5's masteryScore), raw between min and max.
 */
export function scoreOf(percent: number): { scaled: number; raw: number; min: number; max: number } {
  const raw = Math.min(100, Math.max(0, Math.round(percent * 100) / 100));
  return { scaled: Number((raw / 100).toFixed(4)), raw, min: 0, max: 100 };
}
