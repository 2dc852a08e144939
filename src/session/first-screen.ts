/**
 * What a new learner sees first, as the player's view model: the cover, and
 * the first lesson once they press Start. The build renders both into the
 * launch page (scripts/lib/prerender.ts), so that on a slow phone network
 * the course is on screen before its code arrives (issue 13); the player
 * then draws the same screens from the real session over them.
 */
import type { Course } from '../content/types.js';
import { CourseSession } from './course-session.js';
import { coursePlaces } from './places.js';
import { playerView, type PlayerView } from './player-view.js';

export interface FirstScreens {
  cover: PlayerView;
  /** Null when the course opens on something other than a lesson (it has none). */
  lesson: PlayerView | null;
}

export function firstScreens(course: Course): FirstScreens {
  const session = new CourseSession(course, course.assessment.passMark);
  const first = coursePlaces(course)[0] ?? null;
  const base = { session, exited: false, notice: null, content: 'ready', learnerName: '', certificateId: null, now: new Date(0) } as const;
  const cover = playerView({ ...base, place: first ?? { view: 'certificate' }, opening: 'cover' });
  if (first?.view !== 'lesson') return { cover, lesson: null };
  // Start opens the first lesson, which counts as visited (the header's progress says so).
  session.visit(first.id);
  const lesson = playerView({ ...base, place: first, opening: null });
  // The authored option order: a new learner's shuffle is drawn at launch, and a build must not be random.
  return { cover, lesson: { ...lesson, practice: { ...lesson.practice, orders: new Map() } } };
}
