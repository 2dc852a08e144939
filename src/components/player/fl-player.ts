import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CourseController } from '../../session/course-controller.js';
import { coursePlaces, neighbour, samePlace, type Place } from '../../session/places.js';
import { AnswerEvent } from '../events/answer-event.js';
import { AttestEvent } from '../events/attest-event.js';
import { NavigateEvent } from '../events/navigate-event.js';
import { ResumeChoiceEvent } from '../events/resume-choice-event.js';
import { ResponseChangeEvent } from '../events/response-change-event.js';
import { SubmitAttemptEvent } from '../events/submit-attempt-event.js';
import { msg } from '../i18n/strings.js';
import '../lesson/fl-lesson.js';
import './fl-course-nav.js';
import './fl-notice.js';
import '../cover/fl-cover.js';
import type { PlaceName } from '../cover/fl-cover.js';
import '../shared/fl-content-status.js';
// The other views load when a place needs them (lazy-views.ts): the first screen waits for none of them.
import { needsViews, ViewCode } from '../lazy/view-code.js';
import { playerStyles } from './styles.js';

/** A child view that can take focus on its heading after navigation. */
interface FocusableView extends HTMLElement {
  focusHeading?(): void;
}

/**
 * The course shell: a skip link, a one-line header with progress and a quiet
 * menu (contents, Save and exit), the contents, and the current view — first
 * the cover (or "You completed this course"), then the course's places. It
 * applies the learner's events to the controller and re-renders when the
 * controller changes.
 */
@customElement('fl-player')
export class FlPlayer extends LitElement {
  static override styles = playerStyles;

  @property({ attribute: false }) controller: CourseController | null = null;
  @state() private revision = 0;
  @state() private contentsOpen = false;
  @state() private menuOpen = false;
  private focusAfterRender = false;
  private readonly onChange = () => this.revision++;
  private readonly views = new ViewCode(this.onChange);

  constructor() {
    super();
    this.addEventListener(NavigateEvent.type, (e) => this.navigate(e.place));
    this.addEventListener(AnswerEvent.type, (e) => this.controller?.answerPractice(e.questionId, e.response, e.latencyMs));
    this.addEventListener(ResponseChangeEvent.type, (e) =>
      this.controller?.changeAttemptAnswer(e.questionId, e.response, e.latencyMs),
    );
    this.addEventListener(SubmitAttemptEvent.type, () => {
      this.focusAfterRender = true;
      this.controller?.submitAttempt();
    });
    this.addEventListener(ResumeChoiceEvent.type, (e) => {
      this.focusAfterRender = true;
      const first = this.controller && coursePlaces(this.controller.course)[0];
      if (e.choice === 'restart' && first) this.navigate(first);
      else this.controller?.begin();
    });
    this.addEventListener(AttestEvent.type, () => {
      this.focusAfterRender = true;
      this.controller?.attest();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controller')) {
      changed.get('controller')?.removeEventListener('change', this.onChange);
      this.controller?.addEventListener('change', this.onChange);
      // Once the first lesson is painted, the other views load in idle time, so later places open at once.
      this.controller?.whenFirstContentPainted(() => this.views.prefetch());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.removeEventListener('change', this.onChange);
  }

  private navigate(place: Place): void {
    this.contentsOpen = false;
    this.menuOpen = false;
    this.focusAfterRender = true;
    this.controller?.go(place);
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    const view = this.renderRoot.querySelector<FocusableView>('#view > *');
    // Children render asynchronously: focus once their heading exists.
    void (view as unknown as { updateComplete?: Promise<unknown> })?.updateComplete?.then(() => view?.focusHeading?.());
  }

  override render() {
    const c = this.controller;
    if (!c) return nothing;
    const t = msg();
    if (c.exited) {
      // A completed learner has nothing to continue: never "you will continue where you left off".
      const done = c.session.progress().completion === 'completed';
      return html`<main class="exited"><h1>${done ? t.finishedTitle : t.exitedTitle}</h1><p>${done ? t.finishedText : t.exitedText}</p></main>`;
    }
    const verdict = c.session.progress();
    const percent = progressPercent(c);
    // A printed job aid is the page itself: no header bar, no notice (the certificate keeps the course title).
    const printAlone = c.place.view === 'jobaid' ? 'no-print' : '';
    return html`
      <button class="skip-link" @click=${this.skipToView}>${t.skipToLesson}</button>
      <header class=${printAlone}>
        <h1 class="title" title=${c.course.title}>${c.course.title}</h1>
        <div class="progress">
          <progress max="100" .value=${percent} aria-label=${t.progressLabel(percent)}></progress>
          <span aria-hidden="true">${percent}%</span>
        </div>
        <button class="quiet exit-wide" @click=${() => c.saveAndExit()}>${t.saveAndExit}</button>
        <div class="menu-area" @keydown=${this.onMenuKey} @focusout=${this.onMenuFocusOut}>
          <button
            class="quiet menu-toggle"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            aria-controls="menu"
            @click=${() => (this.menuOpen = !this.menuOpen)}
          >
            ${t.menu}
          </button>
          <div id="menu" class="menu" ?hidden=${!this.menuOpen}>
            <button class="quiet" aria-expanded=${this.contentsOpen ? 'true' : 'false'} aria-controls="contents" @click=${this.toggleContents}>
              ${t.showContents}
            </button>
            <button class="quiet" @click=${() => c.saveAndExit()}>${t.saveAndExit}</button>
          </div>
        </div>
      </header>
      ${c.notice ? html`<fl-notice class=${printAlone} .notice=${c.notice}></fl-notice>` : nothing}
      <div class="layout">
        <fl-course-nav
          id="contents"
          class=${this.contentsOpen ? 'open' : ''}
          .course=${c.course}
          .visited=${c.session.state.visited}
          .answered=${new Set(c.session.state.practice.keys())}
          .place=${c.place}
          .assessmentUnlocked=${verdict.lessonsDone}
          .certificateReady=${c.certificateReady}
        ></fl-course-nav>
        <div class="column">
          <main id="view" tabindex="-1">${c.opening ? this.renderOpening(c, percent) : this.renderView(c, verdict.lessonsDone)}</main>
          ${c.opening ? nothing : this.renderPager(c)}
        </div>
      </div>
    `;
  }

  /**
   * WCAG 2.2 2.4.1: past the header and contents, to the view's heading. A
   * button, not a `#view` link: the view lives in this shadow root, where a
   * fragment cannot reach it.
   */
  private readonly skipToView = (): void => {
    const view = this.renderRoot.querySelector<FocusableView>('#view > *');
    if (view?.focusHeading) view.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('#view')?.focus();
  };

  private readonly toggleContents = async (): Promise<void> => {
    this.menuOpen = false;
    this.contentsOpen = !this.contentsOpen;
    await this.updateComplete;
    if (this.contentsOpen) await this.renderRoot.querySelector('fl-course-nav')?.focusCurrent();
    else this.menuToggle()?.focus();
  };

  private menuToggle(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.menu-toggle');
  }

  /** WAI-ARIA APG disclosure pattern: Escape closes the menu and focus returns to its button. */
  private readonly onMenuKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.menuToggle()?.focus();
  };

  /** Tabbing (or clicking) away from the menu closes it. */
  private readonly onMenuFocusOut = (e: FocusEvent): void => {
    const area = e.currentTarget as HTMLElement;
    if (!area.contains(e.relatedTarget as Node | null)) this.menuOpen = false;
  };

  private renderOpening(c: CourseController, percent: number) {
    if (c.opening === 'completed') {
      const waiting = this.waitForViews(c, 'completed');
      if (waiting) return waiting;
      return html`<fl-completed
        .courseTitle=${c.course.title}
        .completedAt=${c.session.state.attestedAt}
        .scorePercent=${c.session.state.bestPercent}
        .language=${c.course.language}
        .firstPlace=${coursePlaces(c.course)[0] ?? null}
      ></fl-completed>`;
    }
    const returning = c.session.resumed ? { percent, where: placeName(c, c.place) } : null;
    const art = c.course.cover;
    const illustration = art ? html`<img src=${art.src} alt="" width=${art.width} height=${art.height} decoding="async" />` : null;
    return html`<fl-cover .course=${c.course} .returning=${returning} .passMark=${c.session.passMark} .illustration=${illustration}></fl-cover>`;
  }

  private renderView(c: CourseController, unlocked: boolean) {
    const place = c.place;
    // Content still loading or failed (src/session/course-content.ts): a message with Try again, never a blank view.
    const content = c.contentStatus(place);
    if (content !== 'ready') return html`<fl-content-status .status=${content} @fl-retry-content=${() => c.retryContent()}></fl-content-status>`;
    const waiting = this.waitForViews(c, place);
    if (waiting) return waiting;
    // The content replaces the message: focus that was on the message goes to the content's heading.
    if (this.renderRoot.querySelector('fl-content-status')?.matches(':focus-within')) this.focusAfterRender = true;
    const { state, course, map } = c.session;
    switch (place.view) {
      case 'lesson': {
        const lesson = map.lessons.find((l) => l.lesson.id === place.id)?.lesson;
        // The module's summary closes its last lesson.
        const closing = course.modules.find((m) => m.lessons.at(-1)?.id === place.id);
        return html`<fl-lesson .lesson=${lesson} .closing=${closing} .answers=${Object.fromEntries(state.practice)} .orders=${c.session.practiceOrders()}></fl-lesson>`;
      }
      case 'jobaid': {
        const module = course.modules.find((m) => m.id === place.id);
        const back: Place | null = module ? (module.check.length > 0 ? { view: 'check', id: module.id } : { view: 'lesson', id: module.lessons.at(-1)!.id }) : null;
        return html`<fl-job-aid
          .jobAid=${module?.jobAid}
          .moduleTitle=${module?.title ?? ''}
          .language=${module?.language}
          .site=${course.site ?? {}}
          .back=${back}
        ></fl-job-aid>`;
      }
      case 'check': {
        const module = course.modules.find((m) => m.id === place.id);
        return html`<fl-knowledge-check
          .module=${module}
          .answers=${Object.fromEntries(state.practice)}
          .orders=${c.session.practiceOrders()}
        ></fl-knowledge-check>`;
      }
      case 'assessment': {
        const verdict = c.session.progress();
        // The controller starts the attempt when the learner opens the assessment; the view only reads it.
        const draw = unlocked ? c.session.attemptDraw() : null;
        return html`<fl-assessment
          .heading=${course.assessment.title}
          .draw=${draw}
          .answers=${state.current?.answers ?? new Map()}
          .passMark=${c.session.passMark}
          .attemptsLeft=${verdict.attemptsLeft}
          .passed=${verdict.passed}
          .lessonsLeft=${map.lessons.filter((l) => !state.visited.has(l.lesson.id)).map((l) => l.lesson.title)}
          .layout=${course.assessment.layout ?? 'auto'}
        ></fl-assessment>`;
      }
      case 'results': {
        const verdict = c.session.progress();
        return html`<fl-results
          .percent=${state.lastAttempt?.percent ?? null}
          .bestPercent=${state.bestPercent}
          .passMark=${c.session.passMark}
          .passed=${verdict.passed}
          .attemptsLeft=${verdict.attemptsLeft}
          .draw=${c.session.lastDraw()}
          .answers=${state.lastAttempt?.answers ?? new Map()}
          .showAnswers=${c.session.reviewShowsAnswers()}
          .revisit=${c.session.modulesToRevisit().map(({ module, firstLesson }) => ({ title: module.title, lessonId: firstLesson.id, language: module.language }))}
          .nextStep=${verdict.awaitingAttestation ? 'attestation' : state.attestedAt ? 'certificate' : null}
        ></fl-results>`;
      }
      case 'attestation': {
        const verdict = c.session.progress();
        if (!verdict.awaitingAttestation) return this.renderCertificate(c);
        return html`<fl-attestation .statement=${course.attestation ?? ''}></fl-attestation>`;
      }
      case 'certificate':
        return this.renderCertificate(c);
    }
  }

  /** The loading or failed message while the views `place` needs are not loaded (view-code.ts); null once they are. */
  private waitForViews(c: CourseController, place: Place | 'completed') {
    if (!needsViews(c.course, place)) return null;
    this.views.ensure();
    const code = this.views.status();
    return code === 'ready' ? null : html`<fl-content-status .status=${code} @fl-retry-content=${() => this.views.retry()}></fl-content-status>`;
  }

  private renderCertificate(c: CourseController) {
    const { state } = c.session;
    if (!c.certificateReady) return html`<h2 tabindex="-1">${msg().certificateHeading}</h2><p>${msg().certificateNotYet}</p>`;
    return html`<fl-certificate
      .learnerName=${c.launch.learner.name}
      .courseTitle=${c.course.title}
      .version=${c.course.version}
      .certificateId=${c.certificateId ?? ''}
      .completedAt=${state.attestedAt ?? new Date()}
      .scorePercent=${state.bestPercent}
      .language=${c.course.language}
      .firm=${c.course.site?.firm ?? ''}
      .site=${c.course.site?.site ?? ''}
      .logo=${c.course.brand?.logo ?? ''}
      .release=${c.course.release ?? ''}
      .releaseDate=${c.course.releaseDate ?? ''}
    ></fl-certificate>`;
  }

  private renderPager(c: CourseController) {
    const t = msg();
    const prev = neighbour(c.course, c.place, -1);
    const next = neighbour(c.course, c.place, 1);
    // After the certificate the one thing left is to end the session properly.
    if (c.place.view === 'certificate' && c.certificateReady) {
      return html`<nav class="pager finish" aria-label=${t.pagerLabel}>
        <p class="hint">${t.finishHint}</p>
        <button class="primary" @click=${() => c.finish()}>${t.finish}</button>
      </nav>`;
    }
    if (!prev && !next) return nothing;
    return html`<nav class="pager" aria-label=${t.pagerLabel}>
      ${prev ? html`<button @click=${() => this.navigate(prev)}>${t.previous}</button>` : html`<span></span>`}
      ${next && !samePlace(next, c.place) ? html`<button class="primary" @click=${() => this.navigate(next)}>${t.next}</button>` : nothing}
    </nav>`;
  }
}

/** What the learner would call a place, for the cover of a returning learner. */
function placeName(c: CourseController, place: Place): PlaceName {
  const t = msg();
  switch (place.view) {
    case 'lesson': {
      const lesson = c.session.map.lessons.find((l) => l.lesson.id === place.id)?.lesson;
      return { text: lesson?.title ?? '', title: lesson?.title, lang: lesson?.language };
    }
    case 'check': {
      const module = c.course.modules.find((m) => m.id === place.id);
      return { text: `${t.knowledgeCheck}: ${module?.title ?? ''}`, title: module?.title, lang: module?.language };
    }
    case 'jobaid': {
      const module = c.course.modules.find((m) => m.id === place.id);
      const title = module?.jobAid?.title ?? '';
      return { text: t.jobAidOf(title), title, lang: module?.language };
    }
    case 'assessment':
      return { text: c.course.assessment.title };
    case 'results':
      return { text: t.results };
    case 'attestation':
      return { text: t.attestationTitle };
    case 'certificate':
      return { text: t.certificateHeading };
  }
}

/** Share of lessons opened, plus the assessment as one more step once passed (or finished). */
function progressPercent(c: CourseController): number {
  const { map, state } = c.session;
  const verdict = c.session.progress();
  const steps = map.lessons.length + (c.course.assessment.draw > 0 ? 1 : 0);
  const done = state.visited.size + (verdict.completion === 'completed' && c.course.assessment.draw > 0 ? 1 : 0);
  return steps === 0 ? 100 : Math.round((100 * done) / steps);
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-player': FlPlayer;
  }
}
