import type { Course } from '../content/types.js';
import type { CompletionStatus, ObjectiveReport, SuccessStatus } from '../tracking/tracker.js';
import type { CourseMap } from './course-map.js';
import { attemptDraw } from './draw.js';
import { isCorrect } from '../content/correctness.js';
import type { SessionState } from './state.js';

/** The completion policy's verdict, before location and saved state are added. */
export interface ProgressVerdict {
  completion: CompletionStatus;
  success: SuccessStatus;
  scorePercent: number | null;
  objectives: ObjectiveReport[];
  finished: boolean;
  /** Every lesson has been opened: the assessment is unlocked. */
  lessonsDone: boolean;
  /** Passed (or no assessment) and the attestation is still to be given. */
  awaitingAttestation: boolean;
  passed: boolean;
  attemptsLeft: number | null;
}

/**
 * Completion policy. A course with an assessment is complete once every
 * lesson has been opened and the learner has passed and given the
 * attestation, or has used every attempt (then it is complete and failed). A
 * course without one is complete once every lesson has been opened and the
 * attestation given. Courses without an attestation text skip that step. Success follows the best score against
 * the pass mark, which the LMS's mastery score overrides.
 */
export function judgeProgress(course: Course, map: CourseMap, state: SessionState, passMark: number): ProgressVerdict {
  const hasAssessment = course.assessment.draw > 0 && map.bank.length > 0;
  const lessonsDone = map.lessons.every(({ lesson }) => state.visited.has(lesson.id));
  const best = state.bestPercent;
  const passed = best !== null && best >= passMark;
  const limit = course.assessment.attempts;
  const attemptsLeft = limit > 0 ? Math.max(0, limit - state.attemptsUsed) : null;
  const outOfAttempts = attemptsLeft === 0;
  // The attestation is asked once there is nothing left to learn or pass; a learner out of attempts is not asked.
  const attested = !course.attestation || state.attestedAt !== null;
  const readyToAttest = lessonsDone && (!hasAssessment || passed);
  const completed = (readyToAttest && attested) || (lessonsDone && hasAssessment && !passed && outOfAttempts);
  const success: SuccessStatus = !hasAssessment || best === null ? 'unknown' : passed ? 'passed' : 'failed';
  return {
    completion: completed ? 'completed' : 'incomplete',
    success,
    scorePercent: hasAssessment ? best : null,
    objectives: moduleObjectives(course, map, state, passMark),
    finished: completed,
    lessonsDone,
    awaitingAttestation: readyToAttest && !attested,
    passed,
    attemptsLeft,
  };
}

/** The course is complete and passed: the certificate is ready (and a returning learner sees "You completed this course"). */
export function certificateReady(verdict: ProgressVerdict): boolean {
  return verdict.completion === 'completed' && verdict.passed;
}

/**
 * One objective per module: complete when its lessons are opened; scored by
 * the module's questions in the last submitted attempt.
 */
function moduleObjectives(course: Course, map: CourseMap, state: SessionState, passMark: number): ObjectiveReport[] {
  const last = state.lastAttempt;
  const drawn = last ? attemptDraw(map.bank.map((b) => b.question), course.assessment.draw, last).questions : [];
  return course.modules.map((module) => {
    const lessonsDone = module.lessons.every((lesson) => state.visited.has(lesson.id));
    const mine = drawn.filter((q) => module.bank.includes(q));
    const right = mine.filter((q) => {
      const answer = last?.answers.get(q.id);
      return answer !== undefined && isCorrect(q, answer);
    }).length;
    const scorePercent = mine.length > 0 ? Math.round((100 * right) / mine.length) : null;
    const success: SuccessStatus = scorePercent === null ? 'unknown' : scorePercent >= passMark ? 'passed' : 'failed';
    return { id: module.id, completion: lessonsDone ? 'completed' : 'incomplete', success, scorePercent };
  });
}
