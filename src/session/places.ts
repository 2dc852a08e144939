import type { Course } from '../content/types.js';

/** Where the learner is: a lesson, a module's knowledge check or job aid, the assessment or its results. */
export type Place =
  | { view: 'lesson'; id: string }
  | { view: 'check'; id: string }
  /** A module's printable job aid: reached from the contents, outside the reading order (no Next or Previous). */
  | { view: 'jobaid'; id: string }
  | { view: 'assessment' }
  | { view: 'results' }
  | { view: 'attestation' }
  | { view: 'certificate' };

/** Places outside the reading order, reached from results. */
const END_VIEWS = ['results', 'attestation', 'certificate'] as const;

/** The reading order: each module's lessons then its knowledge check, then the assessment. */
export function coursePlaces(course: Course): Place[] {
  const places: Place[] = course.modules.flatMap((module) => [
    ...module.lessons.map((lesson): Place => ({ view: 'lesson', id: lesson.id })),
    ...(module.check.length > 0 ? [{ view: 'check', id: module.id } as const] : []),
  ]);
  if (course.assessment.draw > 0) places.push({ view: 'assessment' });
  return places;
}

export function samePlace(a: Place, b: Place): boolean {
  return placeToText(a) === placeToText(b);
}

/** The bookmark written to the LMS (SCORM location / xAPI state). */
export function placeToText(place: Place): string {
  return 'id' in place ? `${place.view}:${place.id}` : place.view;
}

/** Resume at the bookmark when it still names something in this course; else the first place. */
export function placeFromText(course: Course, text: string | null): Place {
  const places = coursePlaces(course);
  const end = END_VIEWS.find((view) => view === text);
  if (end) return { view: end };
  const aid = course.modules.find((m) => m.jobAid && text === placeToText({ view: 'jobaid', id: m.id }));
  if (aid) return { view: 'jobaid', id: aid.id };
  return places.find((p) => placeToText(p) === text) ?? places[0] ?? { view: 'results' };
}

/** The neighbour in reading order, or null at either end. */
export function neighbour(course: Course, place: Place, step: 1 | -1): Place | null {
  const places = coursePlaces(course);
  const at = places.findIndex((p) => samePlace(p, place));
  return at < 0 ? null : (places[at + step] ?? null);
}
