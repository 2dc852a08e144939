/**
 * Time, duration and timestamp formatters for both SCORM versions. Pure
 * functions; every rule cites the spec and the LMS behaviour that forced it.
 *
 * Clock times are written in UTC everywhere: SCORM 1.2 CMITime carries no
 * zone, and for SCORM 2004 UTC lets us state the zone (`Z`) unambiguously.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Whole centiseconds of a duration; negative or non-finite input counts as 0. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

// SCORM 1.2 RTE 3.4.2 CMITimespan: "HHHH:MM:SS.SS", hours 2–4 digits, seconds
// with an optional 1–2 digit fraction. Longer spans cannot be expressed: clamp.
const MAX_TIMESPAN_CS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/** SCORM 1.2 `cmi.core.session_time` and `cmi.interactions.n.latency`. */
export function formatCmiTimespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), MAX_TIMESPAN_CS);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6_000);
  const seconds = Math.floor((cs % 6_000) / 100);
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/**
 * SCORM 1.2 RTE 3.4.2 CMITime: "HH:MM:SS" time of day, 24-hour clock
 * (`cmi.interactions.n.time`). The optional fraction is left out: it adds
 * nothing to a report and some LMSs accept only the short form.
 */
export function formatCmiTime(date: Date): string {
  const d = clampDate(date);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * SCORM 2004 4th Ed. RTE 4.2.21 cmi.session_time and 4.2.9
 * cmi.interactions.n.latency, timeinterval (second,10,2):
 * "P[yY][mM][dD][T[hH][nM][s[.s]S]]" with at most 2 decimal places of
 * seconds (LMS-COMPAT 5: Moodle rejects more with 406). Only H, M and S are
 * used: months and years have no fixed length. Seconds are always written
 * ("PT3H5M0S", not "PT3H5M"): both are valid, and one shape suits every parser.
 */
export function formatIsoDuration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6_000);
  const wholeSeconds = Math.floor((cs % 6_000) / 100);
  const fraction = cs % 100;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  const seconds = fraction > 0 ? `${wholeSeconds}.${pad(fraction).replace(/0$/, '')}` : `${wholeSeconds}`;
  // "at least one designator and value shall be present in addition to P": PT0S for zero.
  return `${out}${seconds}S`;
}

// SCORM 2004 4th Ed. RTE 4.2.9 cmi.interactions.n.timestamp, time (second,10,0):
// years 1970–2038 (LMS-COMPAT 5, Moodle enforces it). Dates outside are clamped.
const MIN_TIME = Date.UTC(1970, 0, 1, 0, 0, 0, 0);
const MAX_TIME = Date.UTC(2038, 11, 31, 23, 59, 59, 990);

function clampDate(date: Date): Date {
  const t = date.getTime();
  if (!Number.isFinite(t)) return new Date(MIN_TIME);
  return new Date(Math.min(MAX_TIME, Math.max(MIN_TIME, t)));
}

/**
 * SCORM 2004 4th Ed. RTE 4.2.9 cmi.interactions.n.timestamp:
 * "YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]". The zone designator is only
 * allowed after a fraction of seconds, and the fraction has at most 2 digits,
 * so `Date.toISOString()` ("…00.000Z") and "…T10:00:00Z" are both invalid
 * (LMS-COMPAT 5: Moodle answers 406). We write "YYYY-MM-DDThh:mm:ss.ssZ" in UTC.
 */
export function formatIsoTimestamp(date: Date): string {
  const d = clampDate(date);
  const cs = Math.floor(d.getUTCMilliseconds() / 10);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(cs)}Z`
  );
}
