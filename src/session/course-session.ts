import type { Course, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { isCorrect } from '../content/correctness.js';
import type { InteractionRecord } from '../tracking/tracker.js';
import { mapCourse, type CourseMap } from './course-map.js';
import { attemptDraw, drawQuestions, type Draw } from './draw.js';
import { attestationInteraction, toInteraction, versionInteraction } from './interaction.js';
import { judgeProgress, type ProgressVerdict } from './progress.js';
import { newSeed } from './random.js';
import { questionOrders } from './shuffle.js';
import { modulesToRevisit, reviewShowsAnswers, type Revisit } from './review.js';
import { decodeState, encodeState } from './state-codec.js';
import { emptyState, type AttemptState, type SessionState } from './state.js';

export interface SubmittedAttempt {
  percent: number;
  passed: boolean;
  records: InteractionRecord[];
}

/**
 * The learner's progress through one course: what they opened and answered,
 * and the assessment attempts. Pure state and rules; knows nothing of the DOM
 * or of any tracking standard.
 */
export class CourseSession {
  private currentMap: CourseMap;
  readonly state: SessionState;
  /** Latest latency reported for each question of the attempt in progress. */
  private readonly latencies = new Map<string, number>();

  constructor(
    private currentCourse: Course,
    /** Pass mark in force: the LMS's mastery score, else the course's. */
    readonly passMark: number,
    savedState: string | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.currentMap = mapCourse(currentCourse);
    const decoded = decodeState(currentCourse, savedState, this.currentMap);
    this.state = decoded ?? emptyState();
    this.resumed = decoded !== null;
  }

  get course(): Course {
    return this.currentCourse;
  }

  get map(): CourseMap {
    return this.currentMap;
  }

  /**
   * The same course with more of its content loaded (src/content/chunks.ts):
   * its ids and answers are the outline's, so the state read against the
   * outline stays valid.
   */
  hydrate(course: Course): void {
    this.currentCourse = course;
    this.currentMap = mapCourse(course);
  }

  /** The version record for the start of a new attempt. */
  versionRecord(): InteractionRecord {
    return versionInteraction(this.course, this.now());
  }

  /** The officer confirms the attestation; null when it is not (or no longer) asked for. */
  attest(): InteractionRecord | null {
    if (!this.progress().awaitingAttestation) return null;
    const at = this.now();
    this.state.attestedAt = at;
    return attestationInteraction(this.course, at);
  }

  /**
   * Display order of knowledge-check and scenario questions (question id →
   * ids), from the learner's saved shuffle seed: the same after a resume.
   */
  practiceOrders(): Map<string, string[]> {
    this.orders ??= questionOrders(this.map.practice.map((p) => p.question), this.state.shuffleSeed);
    return this.orders;
  }
  private orders: Map<string, string[]> | null = null;

  /** True when saved state from an earlier session of this attempt was read back. */
  readonly resumed: boolean = false;

  encode(): string {
    return encodeState(this.course, this.state, this.map);
  }

  progress(): ProgressVerdict {
    return judgeProgress(this.course, this.map, this.state, this.passMark);
  }

  /** Returns true when this is the first visit. */
  visit(lessonId: string): boolean {
    if (this.state.visited.has(lessonId) || !this.map.lessons.some((l) => l.lesson.id === lessonId)) return false;
    this.state.visited.add(lessonId);
    return true;
  }

  /** Records a practice answer; a question is answered once, so a repeat returns null. */
  answerPractice(questionId: string, response: Response, latencyMs: number): InteractionRecord | null {
    const entry = this.map.question(questionId);
    if (!entry || this.state.practice.has(questionId) || entry.module.bank.includes(entry.question)) return null;
    this.state.practice.set(questionId, response);
    return toInteraction(entry.question, response, { id: questionId, latencyMs, timestamp: this.now(), language: this.languageOf(entry.question) });
  }

  /** The attempt in progress, starting one if needed; null when no attempt is allowed. */
  currentAttempt(): Draw | null {
    if (!this.state.current) {
      const verdict = this.progress();
      if (!verdict.lessonsDone || verdict.passed || verdict.attemptsLeft === 0) return null;
      const seed = newSeed();
      // The drawn ids are kept: a later version of the course may draw others from the same seed.
      const questions = drawQuestions(this.map.bank, this.course.assessment, seed, this.state.seen).map((q) => q.id);
      this.state.current = { seed, questions, answers: new Map() };
    }
    return this.attemptDraw();
  }

  /** The attempt in progress, or null; never starts one (views read this, the controller starts attempts). */
  attemptDraw(): Draw | null {
    return this.state.current ? this.drawOf(this.state.current) : null;
  }

  lastDraw(): Draw | null {
    return this.state.lastAttempt ? this.drawOf(this.state.lastAttempt) : null;
  }

  /** Whether the review of the last attempt shows the correct answers (course.yaml `showAnswers`). */
  reviewShowsAnswers(): boolean {
    const { passed, attemptsLeft } = this.progress();
    return reviewShowsAnswers(this.course.assessment.showAnswers, passed, attemptsLeft);
  }

  /** After a failed attempt: the modules whose questions were missed; none after a pass. */
  modulesToRevisit(): Revisit[] {
    const last = this.state.lastAttempt;
    const draw = this.lastDraw();
    if (!last || !draw || this.progress().passed) return [];
    return modulesToRevisit(this.course.modules, draw, last);
  }

  setAttemptAnswer(questionId: string, response: Response | null, latencyMs: number): void {
    const current = this.state.current;
    if (!current) return;
    if (response) current.answers.set(questionId, response);
    else current.answers.delete(questionId);
    this.latencies.set(questionId, latencyMs);
  }

  /** Scores the attempt in progress; one interaction per drawn question that was answered. */
  submitAttempt(): SubmittedAttempt | null {
    const current = this.state.current;
    if (!current) return null;
    const { questions } = this.drawOf(current);
    const attempt = this.state.attemptsUsed + 1;
    const right = questions.filter((q) => answered(q, current.answers.get(q.id))).length;
    const percent = Math.round((100 * right) / Math.max(1, questions.length));
    const timestamp = this.now();
    const records = questions.flatMap((q) => {
      const answer = current.answers.get(q.id);
      if (!answer) return [];
      // A distinct id in every attempt: an LMS keeps each answer as its own interaction.
      const id = `${this.course.assessment.id}_${attempt}_${q.id}`;
      return [toInteraction(q, answer, { id, attempt, latencyMs: this.latencies.get(q.id) ?? 0, timestamp, language: this.languageOf(q) })];
    });
    this.state.attemptsUsed = attempt;
    this.state.bestPercent = Math.max(this.state.bestPercent ?? 0, percent);
    this.state.lastAttempt = { ...current, percent };
    for (const q of questions) this.state.seen.add(q.id);
    this.state.current = null;
    this.latencies.clear();
    return { percent, passed: percent >= this.passMark, records };
  }

  /** The language a question was shown in: its own mark when left untranslated, else the course's as shown. */
  private languageOf(question: Question): string {
    return question.language ?? this.course.language;
  }

  private drawOf(attempt: AttemptState): Draw {
    return attemptDraw(this.bank(), this.course.assessment.draw, attempt);
  }

  private bank(): Question[] {
    return this.map.bank.map((b) => b.question);
  }
}

function answered(question: Question, response: Response | undefined): boolean {
  return response !== undefined && isCorrect(question, response);
}
