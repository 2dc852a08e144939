import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Course } from '../../content/types.js';
import { courseMinutes } from '../../session/course-time.js';
import { ResumeChoiceEvent } from '../events/resume-choice-event.js';
import { msg } from '../i18n/strings.js';
import { markLanguage } from '../shared/mark-language.js';
import { base, tokens } from '../shared/styles.js';

/** A place as the learner would name it; `title`, inside `text`, may be in another language (`lang`). */
export interface PlaceName {
  text: string;
  title?: string;
  lang?: string;
}

/** Where a returning learner stands: how far through, and the place they will continue at. */
export interface ReturningLearner {
  percent: number;
  where: PlaceName;
}

/**
 * The course's cover, shown at launch: what the course teaches, how long it
 * takes, how to pass and finish, and Start. A returning learner sees their
 * progress with Continue and Start again instead.
 */
@customElement('fl-cover')
export class FlCover extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .title { font-size: 1.75rem; margin-block-end: 0.75rem; }
      .illustration:empty { display: none; }
      .illustration { margin-block-end: 1rem; max-width: 24rem; }
      .illustration ::slotted(*), .illustration > :not(slot) { display: block; max-width: 100%; height: auto; }
      .returning { border-inline-start: 4px solid var(--_accent); background: var(--_surface); padding: 0.75rem 1rem; margin-block-end: 1rem; }
      .returning p { margin: 0 0 0.25rem; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0 1.5rem; }
      .hint { color: var(--_muted); font-size: 0.9375rem; }
      h3 { font-size: 1.125rem; margin-block-start: 1.5rem; }
      ol.modules { margin: 0; padding-inline-start: 1.5rem; }
      ol.modules li { margin-block-end: 0.5rem; }
      .minutes { color: var(--_muted); white-space: nowrap; }
      .objective { display: block; color: var(--_muted); font-size: 0.9375rem; }
      dl.facts { margin: 0; display: grid; gap: 0.75rem 1.5rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
      dl.facts div { min-width: 0; }
      dl.facts dt { font-weight: 600; }
      dl.facts dd { margin: 0; }
    `,
  ];

  @property({ attribute: false }) course: Course | null = null;
  /** Set for a learner who has been here before: the cover shows Continue and Start again. */
  @property({ attribute: false }) returning: ReturningLearner | null = null;
  /**
   * The cover's illustration (an SVG template or element), shown above the
   * title; a `slot="illustration"` child works too. Decorative: the drawing
   * should carry `aria-hidden` or its own text alternative.
   */
  @property({ attribute: false }) illustration: unknown = null;
  /** The pass mark in force (the LMS's mastery score wins over the course's); null: the course's. */
  @property({ attribute: false }) passMark: number | null = null;

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const t = msg();
    const { assessment } = course;
    const choose = (choice: 'continue' | 'restart') => () => this.dispatchEvent(new ResumeChoiceEvent(choice));
    return html`<div class="illustration">${this.illustration ?? nothing}<slot name="illustration"></slot></div>
      <h2 class="title" tabindex="-1">${course.title}</h2>
      ${this.returning ? this.renderReturning(this.returning) : nothing}
      <p>${course.description}</p>
      ${this.returning
        ? html`<div class="actions">
              <button class="primary" @click=${choose('continue')}>${t.resumeContinue}</button>
              <button class="secondary" @click=${choose('restart')}>${t.resumeRestart}</button>
            </div>
            <p class="hint">${t.resumeKeeps}</p>`
        : html`<div class="actions"><button class="primary" @click=${choose('continue')}>${t.coverStart}</button></div>`}
      <dl class="facts">
        <div><dt>${t.coverTimeLabel}</dt><dd>${t.coverTotal(courseMinutes(course))}</dd></div>
        <div>
          <dt>${t.coverPassLabel}</dt>
          <dd>${assessment.draw > 0 ? t.coverPass(this.passMark ?? assessment.passMark, assessment.draw, assessment.attempts) : t.coverNoAssessment}</dd>
        </div>
        <div><dt>${t.coverFinishLabel}</dt><dd>${t.coverFinish(!!course.attestation)}</dd></div>
      </dl>
      <h3>${t.coverWhat}</h3>
      <ol class="modules" aria-label=${t.coverModules}>
        ${course.modules.map(
          (m) => html`<li lang=${m.language ?? nothing}>
            <strong>${m.title}</strong> <span class="minutes">· ${t.minutes(m.minutes)}</span>
            ${m.objectives[0] ? html`<span class="objective">${m.objectives[0].text}</span>` : nothing}
          </li>`,
        )}
      </ol>`;
  }

  private renderReturning(returning: ReturningLearner) {
    const t = msg();
    return html`<div class="returning">
      <p><strong>${t.welcomeBack}</strong></p>
      <p>${t.coverProgress(returning.percent)}</p>
      <p>${markLanguage(t.resumeWhere(returning.where.text), returning.where.title ?? '', returning.where.lang)}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-cover': FlCover;
  }
}
