/**
 * The outline of a build: the ids saved state refers to and the assessment
 * rules, written into every package as `outline.json`, so the next build can
 * say what replacing the package means for officers in progress
 * (course-update.ts). Ids only: no text, nothing learner-specific.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Course, Question } from '../../src/content/types.js';
import { mapCourse } from '../../src/session/course-map.js';
import { packagesIn } from './package-files.js';

export const OUTLINE_FILE = 'outline.json';
/** In the out folder: what `previousBuild` found in the packages a failed build removed (stale-packages.ts). */
export const REMOVED_BUILD_FILE = '.removed-build.json';

export interface QuestionOutline {
  id: string;
  type: Question['type'];
  /** What a saved answer names: option ids, `pair=target`, item ids, or `step.choice>next` (first step first). */
  parts: string[];
}

export interface Outline {
  course: string;
  version: string;
  modules: string[];
  lessons: string[];
  /** Knowledge checks and lesson scenarios. */
  practice: QuestionOutline[];
  bank: QuestionOutline[];
  draw: number;
  attempts: number;
  passMark: number;
}

export function outlineOf(course: Course): Outline {
  const map = mapCourse(course);
  const question = ({ question: q }: { question: Question }): QuestionOutline => ({ id: q.id, type: q.type, parts: partsOf(q) });
  const { draw, attempts, passMark } = course.assessment;
  return {
    course: course.id,
    version: course.version,
    modules: course.modules.map((m) => m.id),
    lessons: map.lessons.map((l) => l.lesson.id),
    practice: map.practice.map(question),
    bank: map.bank.map(question),
    draw,
    attempts,
    passMark,
  };
}

function partsOf(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'truefalse':
      return [];
    case 'matching':
      return q.pairs.map((p) => `${p.id}=${p.target.id}`);
    case 'sequencing':
      return q.items.map((i) => i.id);
    case 'branching':
      return q.steps.flatMap((s) => s.choices.map((c) => `${s.id}.${c.id}>${c.next ?? ''}`));
  }
}

export type PreviousBuild =
  | { found: 'none' }
  /** Not a zip with a readable outline. */
  | { found: 'unreadable'; zip: string }
  /** A package built before outlines were written. */
  | { found: 'no-outline'; zip: string }
  | { found: 'outline'; zip: string; outline: Outline };

/**
 * The outline in `zip`, or in the newest package of `out` (read before the build replaces it),
 * or, when a failed build removed those packages, in the record it kept of them.
 */
export async function previousBuild(out: string, zip?: string): Promise<PreviousBuild> {
  const file = zip ?? latestPackage(out);
  if (!file) return removedBuild(out);
  try {
    const entry = (await JSZip.loadAsync(readFileSync(file))).file(OUTLINE_FILE);
    if (!entry) return { found: 'no-outline', zip: file };
    return { found: 'outline', zip: file, outline: JSON.parse(await entry.async('string')) as Outline };
  } catch {
    return { found: 'unreadable', zip: file };
  }
}

/** The newest package in `out`: a zip left from an older build of another target would say less. */
function latestPackage(out: string): string | undefined {
  const zips = packagesIn(out).filter((p) => p.kind === 'zip').map((p) => join(out, p.name));
  return zips.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || a.localeCompare(b))[0];
}

function removedBuild(out: string): PreviousBuild {
  const file = join(out, REMOVED_BUILD_FILE);
  if (!existsSync(file)) return { found: 'none' };
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PreviousBuild;
  } catch {
    return { found: 'unreadable', zip: file };
  }
}
