import type { Course, Question } from '../content/types.js';
import { mapCourse } from './course-map.js';

/**
 * Short stable codes for ids in saved state. SCORM 1.2 keeps only 4,096
 * characters of suspend data (SCORM 1.2 RTE 3.4.2, CMIString4096) and ids
 * may be 40 characters long, so saved state names each lesson, question and
 * option by a few base-36 characters of a hash of its id instead. A code
 * depends on its id alone: adding, removing or reordering content never
 * changes the codes of the rest, so state written by an earlier version of
 * the course still reads. Two ids of one course with the same code would be
 * ambiguous: the build refuses them (`codeCollisions`).
 */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Lessons, questions and the course: 36⁴ ≈ 1.7 million codes, so a clash among a few hundred ids is rare. */
export const ITEM_CODE = 4;
/** Options, pairs, targets, items and choices, unique within their question: 36³ = 46,656 codes. */
export const PART_CODE = 3;

/** FNV-1a, 32 bits. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function idCode(id: string, length: number): string {
  return (fnv1a(id) % 36 ** length).toString(36).padStart(length, '0');
}

/** Codes of one length run together → the codes; null when the text is not such a run. */
export function splitCodes(text: string, length: number): string[] | null {
  if (text.length % length !== 0 || [...text].some((ch) => !DIGITS.includes(ch))) return null;
  return Array.from({ length: text.length / length }, (_, i) => text.slice(i * length, (i + 1) * length));
}

/** Text before and after the first `separator` (all of it and '' when there is none). */
export function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

/** Code → id for a list of ids; the build has made sure no two share a code. */
export function codeTable(ids: readonly string[], length: number): Map<string, string> {
  return new Map(ids.map((id) => [idCode(id, length), id]));
}

export interface CodeCollision {
  /** What the ids name, e.g. `lessons` or `options of question greet_when`. */
  where: string;
  /** The question whose parts these are; absent for lessons and questions. */
  question?: string;
  ids: string[];
  code: string;
}

/** Ids that would share a saved-state code; each must be renamed (a new id, never an id in use). */
export function codeCollisions(course: Course): CodeCollision[] {
  const map = mapCourse(course);
  const groups: { where: string; question?: string; ids: string[]; length: number }[] = [
    { where: 'lessons', ids: map.lessons.map((l) => l.lesson.id), length: ITEM_CODE },
    { where: 'questions', ids: [...map.practice, ...map.bank].map((q) => q.question.id), length: ITEM_CODE },
    ...[...map.practice, ...map.bank].flatMap(({ question }) =>
      partGroups(question).map((g) => ({ where: `${g.where} of question ${question.id}`, question: question.id, ids: g.ids, length: PART_CODE })),
    ),
  ];
  const found: CodeCollision[] = [];
  for (const group of groups) {
    const byCode = new Map<string, string[]>();
    for (const id of new Set(group.ids)) byCode.set(idCode(id, group.length), [...(byCode.get(idCode(id, group.length)) ?? []), id]);
    for (const [code, ids] of byCode) if (ids.length > 1) found.push({ where: group.where, ...(group.question ? { question: group.question } : {}), ids, code });
  }
  return found;
}

/** The parts of a question an answer names, each list coded on its own. */
export function partGroups(question: Question): { where: string; ids: string[] }[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [{ where: 'options', ids: question.options.map((o) => o.id) }];
    case 'truefalse':
      return [];
    case 'matching':
      return [
        { where: 'pairs', ids: question.pairs.map((p) => p.id) },
        { where: 'targets', ids: question.pairs.map((p) => p.target.id) },
      ];
    case 'sequencing':
      return [{ where: 'items', ids: question.items.map((i) => i.id) }];
    case 'branching':
      return question.steps.map((s) => ({ where: `choices of step ${s.id}`, ids: s.choices.map((c) => c.id) }));
  }
}
