import { hydrate, type ChunkKey, type ContentChunk } from '../content/chunks.js';
import type { Course } from '../content/types.js';
import type { Response } from '../content/response.js';
import { recordsResults } from '../tracking/recording-rules.js';
import type { LaunchContext, Tracker } from '../tracking/tracker.js';
import type { LearnerNotice } from './learner-notice.js';
import { afterNextPaint } from '../tracking/after-paint.js';
import { createSaveScheduler, type SaveScheduler } from '../tracking/save-scheduler.js';
import { ContentLoader } from './content-loader.js';
import { whenIdle } from './when-idle.js';
import { allChunks, chunksFor, CourseContent, type ContentStatus } from './course-content.js';
import { CourseSession } from './course-session.js';
import { certificateId } from './certificate-id.js';
import { certificateInteraction } from './interaction.js';
import { placeFromText, placeToText, samePlace, type Place } from './places.js';
import { playerView, type PlayerView } from './player-view.js';
import { certificateReady } from './progress.js';

/**
 * Connects the session to the tracker: applies what the learner does, reports
 * the new progress, and asks for saves at meaningful moments. The player
 * renders from it and listens for `change`.
 */
export class CourseController extends EventTarget {
  place: Place;
  notice: LearnerNotice | null = null;
  /**
   * The screen shown before any place: the cover (every launch, with the
   * learner's progress when returning), or, for a learner who completed the
   * course, "You completed this course". Cleared once the learner moves on.
   */
  opening: 'cover' | 'completed' | null;
  private finished = false;
  private readonly content: CourseContent;
  /** Set once the first place with its content is on screen: the rest is then fetched in idle time. */
  private prefetching = false;
  private firstContentPainted = false;
  private readonly afterFirstContent: (() => void)[] = [];

  private constructor(
    readonly session: CourseSession,
    readonly launch: LaunchContext,
    private readonly tracker: Tracker,
    private readonly saves: SaveScheduler,
    private readonly win: Window,
    contentBase: URL,
    /** Fills the site's details into content as it arrives (site.ts; idempotent on filled text). */
    private readonly fill: (course: Course) => Course,
  ) {
    super();
    this.place = placeFromText(session.course, launch.location);
    this.opening = session.resumed && certificateReady(session.progress()) ? 'completed' : 'cover';
    this.content = new CourseContent({
      loader: new ContentLoader({ base: contentBase, fetch: (url, init) => win.fetch(url, init), timers: win }),
      course: session.course,
      onChunk: (chunk) => this.hydrated(chunk),
      onSettled: (key) => this.settled(key),
    });
    tracker.onNotice((notice) => {
      this.notice = notice.kind === 'saving-again' ? null : notice;
      this.emit();
    });
  }

  static async launch(options: {
    course: Course;
    tracker: Tracker;
    win: Window;
    /** Shows the course in the learner's language; it runs after `start()` because only then is the LMS's preference known. */
    localize?: (course: Course, launch: LaunchContext) => Course | Promise<Course>;
    /** Where the content files are (the package's launch folder); default the page's base URL. */
    contentBase?: URL;
    /** Applied to the course as each content file is laid over it (the site's details). */
    fill?: (course: Course) => Course;
  }): Promise<CourseController> {
    const { tracker, win, localize } = options;
    const launch = await tracker.start();
    const course = localize ? await localize(options.course, launch) : options.course;
    const passMark = launch.masteryPercent ?? course.assessment.passMark;
    const session = new CourseSession(course, passMark, launch.savedState);
    const saves = createSaveScheduler({ win, tracker });
    const contentBase = options.contentBase ?? new URL('.', win.document.baseURI);
    const controller = new CourseController(session, launch, tracker, saves, win, contentBase, options.fill ?? ((c) => c));
    // A new attempt starts with a record of the content version it is taken on.
    if (!session.resumed && controller.recording) tracker.recordInteraction(session.versionRecord());
    // The cover comes first: the bookmarked place is entered (a lesson opened, an attempt started) on Start or Continue.
    // Its content is fetched meanwhile, so Start shows it at once.
    if (controller.contentStatus() !== 'ready') controller.content.ensure(controller.chunksFor(controller.place));
    return controller;
  }

  get course(): Course {
    return this.session.course;
  }

  /** Browse and Review launches show the course but record nothing (cmi5 10.2.2; SCORM 2004 RTE 4.2.14 cmi.mode). */
  get recording(): boolean {
    return recordsResults(this.launch.mode) && !this.finished;
  }

  /** Whether the content of `place` is here to show, on its way, or failed (then the view offers a Retry). */
  contentStatus(place: Place = this.place): ContentStatus {
    return this.content.status(this.chunksFor(place));
  }

  /** The learner's Retry after a failed load: the place's content is asked for again. */
  retryContent(): void {
    this.content.ensure(this.chunksFor(this.place));
    this.emit();
  }

  go(place: Place): void {
    this.opening = null;
    this.place = place;
    this.enter(place);
  }

  answerPractice(questionId: string, response: Response, latencyMs: number): void {
    const record = this.session.answerPractice(questionId, response, latencyMs);
    if (!record) return;
    if (this.recording) this.tracker.recordInteraction(record);
    // A checked answer is something the learner would miss: save it.
    this.changed();
    this.saves.milestone();
  }

  changeAttemptAnswer(questionId: string, response: Response | null, latencyMs: number): void {
    const answers = this.session.state.current?.answers;
    const first = !!response && !!answers && !answers.has(questionId);
    this.session.setAttemptAnswer(questionId, response, latencyMs);
    this.changed();
    // A question answered for the first time is saved once the screen shows it;
    // changing an answer (each click or key of it) waits for the timed save.
    if (first) this.saves.milestone();
  }

  submitAttempt(): void {
    const result = this.session.submitAttempt();
    if (!result) return;
    if (this.recording) for (const record of result.records) this.tracker.recordInteraction(record);
    this.place = { view: 'results' };
    this.report();
    this.saves.milestone();
    this.emit();
  }

  /** The officer confirms the attestation; the course completes and the certificate shows. */
  attest(): void {
    const record = this.session.attest();
    if (!record) return;
    if (this.recording) {
      this.tracker.recordInteraction(record);
      this.tracker.recordInteraction(certificateInteraction(this.course, record.timestamp, this.certificateId!));
    }
    this.place = { view: 'certificate' };
    this.report();
    this.saves.milestone();
    this.emit();
  }

  /** Leaves the opening screen for the bookmarked place (Start, Continue). */
  begin(): void {
    this.go(this.place);
  }

  /**
   * Finish, after the certificate: the session ends as Save and exit ends it —
   * the tracker's finish runs once, whoever asks (save-scheduler.ts); cmi5 then
   * returns to the LMS's returnURL (cmi5 10.2.6.0-1, in cmi5-tracker.ts).
   */
  finish(): Promise<void> {
    return this.saveAndExit();
  }

  /** Explicit "Save and exit": the last save, then the session ends. */
  async saveAndExit(): Promise<void> {
    this.report();
    await this.saves.saveAndExit();
    this.finished = true;
    this.emit();
  }

  /** The id printed on the certificate, once the attestation is given. */
  get certificateId(): string | null {
    const at = this.session.state.attestedAt;
    return at ? certificateId(this.launch.learner.id, this.course.version, at) : null;
  }

  get exited(): boolean {
    return this.finished;
  }

  /** The course is complete and passed: the certificate is ready. */
  get certificateReady(): boolean {
    return certificateReady(this.session.progress());
  }

  /** Everything the player renders at the current place, as plain data (player-view.ts). */
  view(): PlayerView {
    return playerView({
      session: this.session,
      place: this.place,
      opening: this.opening,
      exited: this.exited,
      notice: this.notice,
      content: this.contentStatus(),
      learnerName: this.launch.learner.name,
      certificateId: this.certificateId,
      now: new Date(),
    });
  }

  /**
   * Moves to a place. With its content here, the learner arrives at once;
   * otherwise the bookmark moves now (so a reload comes back here) and the
   * arrival waits for the content: a lesson whose text never came was not
   * opened.
   */
  private enter(place: Place): void {
    const keys = this.chunksFor(place);
    if (this.content.status(keys) === 'ready') return this.arrive(place);
    this.changed();
    this.content.ensure(keys);
  }

  private chunksFor(place: Place): ChunkKey[] {
    return chunksFor(this.course, place, this.session.state.lastAttempt !== null);
  }

  private hydrated(chunk: ContentChunk): void {
    this.session.hydrate(this.fill(hydrate(this.session.course, chunk)));
  }

  /** A load ended: the learner arrives if it was the place's last missing chunk; a failure is shown, and the bookmark committed. */
  private settled(key: ChunkKey): void {
    // On the cover nothing is entered yet: Start enters the place (and asks again after a failure).
    if (this.opening) return;
    const place = this.place;
    const keys = this.chunksFor(place);
    if (!keys.includes(key)) return;
    const status = this.content.status(keys);
    if (status === 'ready') this.arrive(place);
    else if (status === 'failed') {
      this.emit();
      this.saves.milestone();
    }
  }

  /**
   * Applies arriving at a place: a lesson opened for the first time, or an
   * assessment attempt started (here, not in the view, so the attempt is
   * reported and saved like any progress). Either is saved once the new
   * screen is painted; other moves wait for the timed save.
   */
  private arrive(place: Place): void {
    if (!samePlace(place, this.place)) return;
    const firstVisit = place.view === 'lesson' && this.session.visit(place.id);
    const attemptStarted = place.view === 'assessment' && !this.session.state.current && this.session.currentAttempt() !== null;
    this.changed();
    if (firstVisit || attemptStarted) this.saves.milestone();
    this.startPrefetch();
  }

  /**
   * Once the first screen with content is painted, the rest of the content is
   * fetched one file at a time in idle time, so later places open at once (and
   * offline after this point). The mark lets tests and the benchmark see when.
   */
  private startPrefetch(): void {
    if (this.prefetching) return;
    this.prefetching = true;
    const win = this.win;
    afterNextPaint(win, () => {
      win.performance?.mark?.('frontline:first-content');
      this.firstContentPainted = true;
      for (const task of this.afterFirstContent.splice(0)) whenIdle(win, task);
      if (this.content.lazy) this.content.prefetch(allChunks(this.course), (task) => whenIdle(win, task));
    });
  }

  /** Runs `task` in idle time once the first place with content is painted (soon, if it has been): for the player's own prefetching. */
  whenFirstContentPainted(task: () => void): void {
    if (this.firstContentPainted) whenIdle(this.win, task);
    else this.afterFirstContent.push(task);
  }

  private changed(): void {
    this.report();
    this.saves.changed();
    this.emit();
  }

  private report(): void {
    if (!this.recording) return;
    const { completion, success, scorePercent, objectives, finished } = this.session.progress();
    this.tracker.report({
      location: placeToText(this.place),
      currentLesson: this.place.view === 'lesson' ? this.place.id : null,
      savedState: this.session.encode(),
      completion,
      success,
      scorePercent,
      objectives,
      finished,
      courseVersion: this.course.version,
      attestation: this.session.state.attestedAt ? { at: this.session.state.attestedAt, certificateId: this.certificateId! } : null,
    });
  }

  private emit(): void {
    this.dispatchEvent(new Event('change'));
  }
}
