/**
 * Number, identifier and text formatters shared by both SCORM versions.
 */

/**
 * A decimal without exponent notation (SCORM 1.2 RTE 3.4.2 CMIDecimal;
 * SCORM 2004 4th Ed. RTE 4.2.20 real (10,7)): `String(1e-7)` would give
 * "1e-7", which no LMS parses. Trailing zeros are dropped.
 */
export function formatDecimal(value: number, maxDecimals = 4): string {
  if (!Number.isFinite(value)) return '0';
  let fixed = value.toFixed(maxDecimals);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' || fixed === '' ? '0' : fixed;
}

/** Clamp a percentage into 0–100 (SCORM 1.2 score range 0#100; LMS-COMPAT 1: raw is read as /100). */
export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

/**
 * Identifier for interactions, objectives and response tokens.
 *
 * LMS-COMPAT 15: plain ASCII, no spaces. LMS-COMPAT 6: SCORM 2004 choice,
 * matching, sequencing and performance tokens are short_identifier_type, which
 * Moodle checks as `[\w.]` (so `choice-a` is rejected). We use that one
 * alphabet everywhere — it also satisfies SCORM 1.2 RTE 3.4.2 CMIIdentifier
 * and SCORM 2004 long_identifier_type — and replace anything else with `_`.
 * Content ids are already `[a-z0-9_]` (src/content), so this only guards
 * against content that slipped past the validator.
 */
export function formatIdentifier(id: string, maxLength: number): string {
  const clean = id.replace(/[^A-Za-z0-9_.]/g, '_').slice(0, maxLength);
  return clean === '' ? '_' : clean;
}

/**
 * Free text on one line, at most `maxLength` characters. Moodle's SCORM 2004
 * localized_string_type check uses `.`, which fails on a line break, and
 * rejects a leading `{` (it would read as a `{lang=…}` delimiter,
 * SCORM 2004 4th Ed. RTE 4.2.9 description, localized_string_type).
 */
export function formatText(text: string, maxLength: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim().replace(/^\{/, '(');
  return oneLine.length <= maxLength ? oneLine : `${oneLine.slice(0, maxLength - 1)}…`;
}

/**
 * Join tokens with `separator`, keeping only whole tokens that fit in
 * `maxLength` (SCORM 1.2 RTE 3.4.2 CMIFeedback: 255 characters, LMS-COMPAT 13).
 */
export function joinWithin(tokens: string[], separator: string, maxLength: number): string {
  let out = '';
  for (const token of tokens) {
    const next = out === '' ? token : `${out}${separator}${token}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out;
}
