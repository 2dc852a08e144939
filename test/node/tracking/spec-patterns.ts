/**
 * Strict checks written from the spec text (not from any LMS's code), used as
 * oracles by the formatter tests. Where an LMS is stricter than the spec
 * (LMS-COMPAT), the stricter rule is encoded and commented.
 */

// SCORM 1.2 RTE 3.4.2 CMITimespan: HHHH:MM:SS.SS, hours 2–4 digits, optional 1–2 decimals.
export const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

// SCORM 1.2 RTE 3.4.2 CMITime: HH:MM:SS.SS, 24-hour clock, optional 1–2 decimals.
export const CMI_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

// SCORM 2004 timeinterval (second,10,2): P[yY][mM][dD][T[hH][nM][s[.s]S]], ≤ 2 decimals.
const TIMEINTERVAL = /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
export function isTimeInterval(value: string): boolean {
  // "at least one designator and value shall be present in addition to P"; T only with a time part.
  return TIMEINTERVAL.test(value) && value !== 'P' && !value.endsWith('T');
}

// SCORM 2004 time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], with
// LMS-COMPAT 5: years 1970–2038, ≤ 2 decimals, and a zone only after a fraction.
export const ISO_TIME =
  /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/;

// SCORM 2004 short_identifier_type as Moodle accepts it (LMS-COMPAT 6): [\w.], 1–250.
export const SHORT_ID = /^[\w.]{1,250}$/;

// LMS-COMPAT 15: ASCII, no spaces.
export const PLAIN_ID = /^[\x21-\x7e]+$/;

// SCORM 1.2 choice/sequencing response: single characters 0-9a-z separated by commas (LMS-COMPAT 13).
export const SINGLE_CHARS = /^[0-9a-z](,[0-9a-z])*$/;

// SCORM 1.2 matching response: source.target pairs of single characters.
export const CHAR_PAIRS = /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/;
