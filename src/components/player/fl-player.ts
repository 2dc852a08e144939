import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CourseController } from '../../session/course-controller.js';
import type { Course } from '../../content/types.js';
import { samePlace, type Place } from '../../session/places.js';
import type { NamedPlace, PlayerView, ScreenView } from '../../session/player-view.js';
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
      const first = this.controller?.view().firstPlace;
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
      // Rendered at build time (prerender.ts), the player has no page to take over.
      if (this.controller && !isServer) this.takeOverFirstScreen(this.controller);
      // Once the first lesson is painted, the other views load in idle time, so later places open at once.
      this.controller?.whenFirstContentPainted(() => this.views.prefetch());
    }
  }

  /**
   * The launch page's prerendered first screen (scripts/lib/prerender.ts) goes
   * once the player can draw the real one. A Start pressed on it before then
   * (manifest/first-screen.js marks `data-start-tapped`) is the cover's Start
   * (or, for a returning learner, Continue); on "You completed this course"
   * it is void. Focus that was on it goes to the new view's heading.
   */
  private takeOverFirstScreen(controller: CourseController): void {
    const first = this.querySelector(':scope > .first-screen');
    if (!first) return;
    const tapped = this.hasAttribute('data-start-tapped');
    this.removeAttribute('data-start-tapped');
    if (first.contains(this.ownerDocument.activeElement)) this.focusAfterRender = true;
    first.remove();
    if (tapped && controller.view().opening === 'cover') {
      this.focusAfterRender = true;
      controller.begin();
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
    // Until the course is here, the launch page's prerendered first screen stays on screen (manifest/index.html.mustache).
    if (!c) return html`<slot></slot>`;
    const t = msg();
    const v = c.view();
    if (v.exited) {
      // A completed learner has nothing to continue: never "you will continue where you left off".
      const done = v.completed;
      return html`<main class="exited"><h1>${done ? t.finishedTitle : t.exitedTitle}</h1><p>${done ? t.finishedText : t.exitedText}</p></main>`;
    }
    const percent = v.percent;
    // A printed job aid is the page itself: no header bar, no notice (the certificate keeps the course title).
    const printAlone = v.place.view === 'jobaid' ? 'no-print' : '';
    return html`
      <button class="skip-link" @click=${this.skipToView}>${t.skipToLesson}</button>
      <header class=${printAlone}>
        <h1 class="title" title=${v.course.title}>${v.course.title}</h1>
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
      ${v.notice ? html`<fl-notice class=${printAlone} .notice=${v.notice}></fl-notice>` : nothing}
      <div class="layout">
        <fl-course-nav
          id="contents"
          class=${this.contentsOpen ? 'open' : ''}
          .course=${v.course}
          .visited=${v.visited}
          .answered=${v.answered}
          .place=${v.place}
          .assessmentUnlocked=${v.assessmentUnlocked}
          .certificateReady=${v.certificateReady}
        ></fl-course-nav>
        <div class="column">
          <main id="view" tabindex="-1">${v.opening ? this.renderOpening(v) : this.renderView(c, v)}</main>
          ${v.opening ? nothing : this.renderPager(c, v)}
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

  private renderOpening(v: PlayerView) {
    if (v.opening === 'completed') {
      const waiting = this.waitForViews(v.course, 'completed');
      if (waiting) return waiting;
      return html`<fl-completed
        .courseTitle=${v.course.title}
        .completedAt=${v.completion.at}
        .scorePercent=${v.completion.scorePercent}
        .language=${v.course.language}
        .firstPlace=${v.firstPlace}
      ></fl-completed>`;
    }
    const returning = v.returning ? { percent: v.returning.percent, where: placeName(v.returning.where) } : null;
    const art = v.course.cover;
    const illustration = art ? html`<img src=${art.src} alt="" width=${art.width} height=${art.height} decoding="async" />` : null;
    return html`<fl-cover .course=${v.course} .returning=${returning} .passMark=${v.passMark} .illustration=${illustration}></fl-cover>`;
  }

  private renderView(c: CourseController, v: PlayerView) {
    // Content still loading or failed (src/session/course-content.ts): a message with Try again, never a blank view.
    if (v.content !== 'ready' || !v.screen) return html`<fl-content-status .status=${v.content} @fl-retry-content=${() => c.retryContent()}></fl-content-status>`;
    const waiting = this.waitForViews(v.course, v.place);
    if (waiting) return waiting;
    // The content replaces the message: focus that was on the message goes to the content's heading.
    if (this.shadowRoot?.querySelector('fl-content-status')?.matches(':focus-within')) this.focusAfterRender = true;
    return this.renderScreen(v, v.screen);
  }

  private renderScreen(v: PlayerView, screen: ScreenView) {
    const { course, practice } = v;
    switch (screen.view) {
      case 'lesson':
        return html`<fl-lesson .lesson=${screen.lesson} .closing=${screen.closing} .answers=${practice.answers} .orders=${practice.orders}></fl-lesson>`;
      case 'jobaid':
        return html`<fl-job-aid
          .jobAid=${screen.module?.jobAid}
          .moduleTitle=${screen.module?.title ?? ''}
          .language=${screen.module?.language}
          .site=${course.site ?? {}}
          .back=${screen.back}
        ></fl-job-aid>`;
      case 'check':
        return html`<fl-knowledge-check .module=${screen.module} .answers=${practice.answers} .orders=${practice.orders}></fl-knowledge-check>`;
      case 'assessment':
        return html`<fl-assessment
          .heading=${screen.title}
          .draw=${screen.draw}
          .answers=${screen.answers}
          .passMark=${v.passMark}
          .attemptsLeft=${screen.attemptsLeft}
          .passed=${screen.passed}
          .lessonsLeft=${screen.lessonsLeft}
          .layout=${screen.layout}
        ></fl-assessment>`;
      case 'results':
        return html`<fl-results
          .percent=${screen.percent}
          .bestPercent=${screen.bestPercent}
          .passMark=${v.passMark}
          .passed=${screen.passed}
          .attemptsLeft=${screen.attemptsLeft}
          .draw=${screen.draw}
          .answers=${screen.answers}
          .showAnswers=${screen.showAnswers}
          .revisit=${screen.revisit}
          .nextStep=${screen.nextStep}
        ></fl-results>`;
      case 'attestation':
        if (!screen.awaiting) return this.renderCertificate(v);
        return html`<fl-attestation .statement=${screen.statement}></fl-attestation>`;
      case 'certificate':
        return this.renderCertificate(v);
    }
  }

  /** The loading or failed message while the views `place` needs are not loaded (view-code.ts); null once they are. */
  private waitForViews(course: Course, place: Place | 'completed') {
    if (!needsViews(course, place)) return null;
    this.views.ensure();
    const code = this.views.status();
    return code === 'ready' ? null : html`<fl-content-status .status=${code} @fl-retry-content=${() => this.views.retry()}></fl-content-status>`;
  }

  private renderCertificate(v: PlayerView) {
    const { course, certificate } = v;
    if (!certificate) return html`<h2 tabindex="-1">${msg().certificateHeading}</h2><p>${msg().certificateNotYet}</p>`;
    return html`<fl-certificate
      .learnerName=${certificate.learnerName}
      .courseTitle=${course.title}
      .version=${course.version}
      .certificateId=${certificate.certificateId}
      .completedAt=${certificate.completedAt}
      .scorePercent=${certificate.scorePercent}
      .language=${course.language}
      .firm=${course.site?.firm ?? ''}
      .site=${course.site?.site ?? ''}
      .logo=${course.brand?.logo ?? ''}
      .release=${course.release ?? ''}
      .releaseDate=${course.releaseDate ?? ''}
    ></fl-certificate>`;
  }

  private renderPager(c: CourseController, v: PlayerView) {
    const t = msg();
    const { previous: prev, next } = v;
    // After the certificate the one thing left is to end the session properly.
    if (v.place.view === 'certificate' && v.certificateReady) {
      return html`<nav class="pager finish" aria-label=${t.pagerLabel}>
        <p class="hint">${t.finishHint}</p>
        <button class="primary" @click=${() => c.finish()}>${t.finish}</button>
      </nav>`;
    }
    if (!prev && !next) return nothing;
    return html`<nav class="pager" aria-label=${t.pagerLabel}>
      ${prev ? html`<button @click=${() => this.navigate(prev)}>${t.previous}</button>` : html`<span></span>`}
      ${next && !samePlace(next, v.place) ? html`<button class="primary" @click=${() => this.navigate(next)}>${t.next}</button>` : nothing}
    </nav>`;
  }
}

/** A place's name in the interface language, for the cover of a returning learner. */
function placeName(where: NamedPlace): PlaceName {
  const t = msg();
  switch (where.view) {
    case 'lesson':
      return { text: where.name ?? '', title: where.name, lang: where.language };
    case 'check':
      return { text: `${t.knowledgeCheck}: ${where.name ?? ''}`, title: where.name, lang: where.language };
    case 'jobaid': {
      const title = where.name ?? '';
      return { text: t.jobAidOf(title), title, lang: where.language };
    }
    case 'assessment':
      return { text: where.name ?? '' };
    case 'results':
      return { text: t.results };
    case 'attestation':
      return { text: t.attestationTitle };
    case 'certificate':
      return { text: t.certificateHeading };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-player': FlPlayer;
  }
}
