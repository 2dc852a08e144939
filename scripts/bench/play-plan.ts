/**
 * What the bench's learner does, worked out in Node from the course: every
 * place in reading order with the practice questions answered there and the
 * time spent there, and the right answer to every bank question (the draw is
 * only known in the page).
 */
import { correctResponse } from '../../src/content/correctness.js';
import type { Response } from '../../src/content/response.js';
import type { Course, Question } from '../../src/content/types.js';
import { coursePlaces, type Place } from '../../src/session/places.js';

export interface PlayStep {
  place: Place;
  practice: { id: string; response: Response }[];
  /** A paced learner's time here: the module's estimated minutes shared by its places. */
  seconds: number;
}

export interface PlayPlan {
  steps: PlayStep[];
  /** Bank question id → its right answer. */
  bank: Record<string, Response>;
  /** A paced learner's time per assessment question and on the attestation (an assumption; the course sets none). */
  secondsPerQuestion: number;
  secondsToAttest: number;
}

export const PACE = { secondsPerQuestion: 30, secondsToAttest: 30 };

const answers = (questions: Question[]) => questions.map((q) => ({ id: q.id, response: correctResponse(q) }));

export function playPlan(course: Course): PlayPlan {
  const moduleOf = (place: Place) =>
    course.modules.find((m) => (place.view === 'check' ? m.id === place.id : place.view === 'lesson' && m.lessons.some((l) => l.id === place.id)));
  const secondsAt = (place: Place) => {
    const m = moduleOf(place);
    return m ? (m.minutes * 60) / (m.lessons.length + (m.check.length > 0 ? 1 : 0)) : 0;
  };
  const steps = coursePlaces(course).map((place): PlayStep => {
    const seconds = secondsAt(place);
    if (place.view === 'lesson') {
      const lesson = moduleOf(place)!.lessons.find((l) => l.id === place.id)!;
      return { place, seconds, practice: answers(lesson.blocks.flatMap((b) => (b.kind === 'scenario' ? [b.question] : []))) };
    }
    if (place.view === 'check') return { place, seconds, practice: answers(moduleOf(place)!.check) };
    return { place, seconds, practice: [] };
  });
  const bank = Object.fromEntries(course.modules.flatMap((m) => m.bank).map((q) => [q.id, correctResponse(q)]));
  return { steps, bank, ...PACE };
}

/** What the learner sees first: the first place's lesson title and its first paragraph. */
export function firstLessonText(course: Course): { title: string; paragraph: string | null } {
  const first = coursePlaces(course)[0];
  const lesson = course.modules.flatMap((m) => m.lessons).find((l) => first?.view === 'lesson' && l.id === first.id);
  if (!lesson) throw new Error('the course does not start with a lesson');
  const paragraph = lesson.blocks.find((b) => b.kind === 'paragraph');
  return { title: lesson.title, paragraph: paragraph?.kind === 'paragraph' ? paragraph.text : null };
}
