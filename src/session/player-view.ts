import type { Response } from '../content/response.js';
import type { AssessmentLayout, Course, Lesson, Module } from '../content/types.js';
import type { CourseMap } from './course-map.js';
import type { ContentStatus } from './course-content.js';
import type { CourseSession } from './course-session.js';
import type { Draw } from './draw.js';
import type { LearnerNotice } from './learner-notice.js';
import { coursePlaces, neighbour, type Place } from './places.js';
import { certificateReady, type ProgressVerdict } from './progress.js';
import type { SessionState } from './state.js';

/** The screen before any place (course-controller.ts `opening`). */
export type Opening = 'cover' | 'completed' | null;

/** A place as the learner would name it: the player words it in the interface language. */
export interface NamedPlace {
  view: Place['view'];
  /** The lesson's, module's, job aid's or assessment's title; absent for the end views. */
  name?: string;
  /** The name's language when it is not the page's (an untranslated module). */
  language?: string;
}

/** What the cover tells a returning learner: how far through, and where they will continue. */
export interface Returning {
  percent: number;
  where: NamedPlace;
}

/** A module to go back to after a failed attempt, as the results link to it. */
export interface RevisitLink {
  title: string;
  lessonId: string;
  language?: string;
}

/** What the certificate prints, once the course is complete and passed. */
export interface CertificateView {
  learnerName: string;
  certificateId: string;
  /** The attestation's date; a course without attestation prints today's. */
  completedAt: Date;
  scorePercent: number | null;
}

/** What the current place shows, by kind of place. */
export type ScreenView =
  | { view: 'lesson'; lesson: Lesson | undefined; closing: Module | undefined }
  | { view: 'jobaid'; module: Module | undefined; back: Place | null }
  | { view: 'check'; module: Module | undefined }
  | {
      view: 'assessment';
      title: string;
      draw: Draw | null;
      answers: ReadonlyMap<string, Response>;
      attemptsLeft: number | null;
      passed: boolean;
      lessonsLeft: string[];
      layout: AssessmentLayout;
    }
  | {
      view: 'results';
      percent: number | null;
      bestPercent: number | null;
      passed: boolean;
      attemptsLeft: number | null;
      draw: Draw | null;
      answers: ReadonlyMap<string, Response>;
      showAnswers: boolean;
      revisit: RevisitLink[];
      nextStep: 'attestation' | 'certificate' | null;
    }
  /** `awaiting` false: nothing to attest (yet or any more), the certificate's place shows instead. */
  | { view: 'attestation'; awaiting: boolean; statement: string }
  | { view: 'certificate' };

/** Everything the player renders, as plain data: it reads this and sends actions to the controller. */
export interface PlayerView {
  course: Course;
  place: Place;
  opening: Opening;
  exited: boolean;
  notice: LearnerNotice | null;
  /** Whether the current place's content is here, on its way, or failed. */
  content: ContentStatus;
  /** The course is complete: an exited learner is thanked, not told they will continue. */
  completed: boolean;
  percent: number;
  /** Lesson ids opened. */
  visited: ReadonlySet<string>;
  /** Practice question ids answered. */
  answered: ReadonlySet<string>;
  /** Practice answers by question id, and each question's option order (the learner's shuffle). */
  practice: { answers: Record<string, Response>; orders: ReadonlyMap<string, string[]> };
  assessmentUnlocked: boolean;
  passMark: number;
  certificateReady: boolean;
  /** The certificate's details; null until it is ready. */
  certificate: CertificateView | null;
  /** For the cover; null for a learner starting fresh. */
  returning: Returning | null;
  /** For "You completed this course". */
  completion: { at: Date | null; scorePercent: number | null };
  /** The start of the reading order (Start again), and the pager's neighbours. */
  firstPlace: Place | null;
  previous: Place | null;
  next: Place | null;
  /** The current place's screen; null on the opening screen or while its content is not here. */
  screen: ScreenView | null;
}

/** What the controller knows beyond the session. */
export interface PlayerViewInput {
  session: CourseSession;
  place: Place;
  opening: Opening;
  exited: boolean;
  notice: LearnerNotice | null;
  content: ContentStatus;
  learnerName: string;
  certificateId: string | null;
  /** Today, for a certificate without an attestation date. */
  now: Date;
}

/** The player's view of the session at the current place. Reads only: it never starts an attempt or opens a lesson. */
export function playerView(input: PlayerViewInput): PlayerView {
  const { session, place } = input;
  const { course, map, state } = session;
  const verdict = session.progress();
  const percent = progressPercent(course, map, state, verdict);
  const ready = certificateReady(verdict);
  return {
    course,
    place,
    opening: input.opening,
    exited: input.exited,
    notice: input.notice,
    content: input.content,
    completed: verdict.completion === 'completed',
    percent,
    visited: state.visited,
    answered: new Set(state.practice.keys()),
    practice: { answers: Object.fromEntries(state.practice), orders: session.practiceOrders() },
    assessmentUnlocked: verdict.lessonsDone,
    passMark: session.passMark,
    certificateReady: ready,
    certificate: ready
      ? { learnerName: input.learnerName, certificateId: input.certificateId ?? '', completedAt: state.attestedAt ?? input.now, scorePercent: state.bestPercent }
      : null,
    returning: session.resumed ? { percent, where: namePlace(course, map, place) } : null,
    completion: { at: state.attestedAt, scorePercent: state.bestPercent },
    firstPlace: coursePlaces(course)[0] ?? null,
    previous: neighbour(course, place, -1),
    next: neighbour(course, place, 1),
    screen: input.opening || input.content !== 'ready' ? null : screenOf(session, place, verdict),
  };
}

/**
 * The progress bar's rule: the share of lessons opened, plus the assessment
 * as one more step once the course is complete (passed, or out of attempts).
 * It lives here, beside the completion policy it follows (progress.ts), not
 * in the player: it is a rule about the learner's progress, tested without a
 * browser, and the cover's "how far through" uses the same number.
 */
export function progressPercent(course: Course, map: CourseMap, state: SessionState, verdict: ProgressVerdict): number {
  const assessed = course.assessment.draw > 0 ? 1 : 0;
  const steps = map.lessons.length + assessed;
  const done = state.visited.size + (verdict.completion === 'completed' ? assessed : 0);
  return steps === 0 ? 100 : Math.round((100 * done) / steps);
}

function screenOf(session: CourseSession, place: Place, verdict: ProgressVerdict): ScreenView {
  const { course, map, state } = session;
  switch (place.view) {
    case 'lesson':
      return {
        view: 'lesson',
        lesson: lessonOf(map, place.id),
        // The module's summary closes its last lesson.
        closing: course.modules.find((m) => m.lessons.at(-1)?.id === place.id),
      };
    case 'jobaid': {
      const module = course.modules.find((m) => m.id === place.id);
      // Back to where the module ends: its knowledge check, else its last lesson.
      const back: Place | null = module ? (module.check.length > 0 ? { view: 'check', id: module.id } : { view: 'lesson', id: module.lessons.at(-1)!.id }) : null;
      return { view: 'jobaid', module, back };
    }
    case 'check':
      return { view: 'check', module: course.modules.find((m) => m.id === place.id) };
    case 'assessment':
      return {
        view: 'assessment',
        title: course.assessment.title,
        // The controller starts the attempt when the learner opens the assessment; the view only reads it.
        draw: verdict.lessonsDone ? session.attemptDraw() : null,
        answers: state.current?.answers ?? new Map(),
        attemptsLeft: verdict.attemptsLeft,
        passed: verdict.passed,
        lessonsLeft: map.lessons.filter((l) => !state.visited.has(l.lesson.id)).map((l) => l.lesson.title),
        layout: course.assessment.layout ?? 'auto',
      };
    case 'results':
      return {
        view: 'results',
        percent: state.lastAttempt?.percent ?? null,
        bestPercent: state.bestPercent,
        passed: verdict.passed,
        attemptsLeft: verdict.attemptsLeft,
        draw: session.lastDraw(),
        answers: state.lastAttempt?.answers ?? new Map(),
        showAnswers: session.reviewShowsAnswers(),
        revisit: session.modulesToRevisit().map(({ module, firstLesson }) => ({ title: module.title, lessonId: firstLesson.id, language: module.language })),
        nextStep: verdict.awaitingAttestation ? 'attestation' : state.attestedAt ? 'certificate' : null,
      };
    case 'attestation':
      return { view: 'attestation', awaiting: verdict.awaitingAttestation, statement: course.attestation ?? '' };
    case 'certificate':
      return { view: 'certificate' };
  }
}

/** What the learner would call a place, for the cover of a returning learner. */
function namePlace(course: Course, map: CourseMap, place: Place): NamedPlace {
  switch (place.view) {
    case 'lesson': {
      const lesson = lessonOf(map, place.id);
      return { view: 'lesson', name: lesson?.title, language: lesson?.language };
    }
    case 'check': {
      const module = course.modules.find((m) => m.id === place.id);
      return { view: 'check', name: module?.title, language: module?.language };
    }
    case 'jobaid': {
      const module = course.modules.find((m) => m.id === place.id);
      return { view: 'jobaid', name: module?.jobAid?.title, language: module?.language };
    }
    case 'assessment':
      return { view: 'assessment', name: course.assessment.title };
    default:
      return { view: place.view };
  }
}

function lessonOf(map: CourseMap, id: string): Lesson | undefined {
  return map.lessons.find((l) => l.lesson.id === id)?.lesson;
}
