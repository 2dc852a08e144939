/**
 * The id rule. Ids end up as SCORM interaction/objective ids, choice responses
 * and xAPI IRI segments, so they use the characters every standard accepts:
 * - SCORM 2004 choice responses (cmi.interactions.n.learner_response) accept
 *   only [\w.] — `choice-a` is rejected by Moodle, `choice_a` works (LMS-COMPAT 6).
 * - SCORM 1.2 CMIIdentifier forbids white space, and interaction ids must be
 *   plain ASCII without spaces in both versions (LMS-COMPAT 15).
 * Lowercase letters, digits and `_`, starting with a letter, satisfy all of them.
 */
/** A permanent id of a tracked thing (module, lesson, question, option). */
export type Id = string;

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * Ids are combined (module, question, option) into longer identifiers; 40
 * keeps those well inside SCORM 1.2's 255-character CMIIdentifier.
 */
export const ID_MAX_LENGTH = 40;

export function isValidId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

/** A valid id close to what the author wrote, for "e.g." hints: "Greet-1" → "greet_1". */
export function suggestId(value: string): string {
  const cleaned = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const id = /^[a-z]/.test(cleaned) ? cleaned : `id_${cleaned}`;
  return id.slice(0, ID_MAX_LENGTH).replace(/_+$/, '');
}
