import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Course } from '../../content/types.js';
import { samePlace, type Place } from '../../session/places.js';
import { NavigateEvent } from '../events/navigate-event.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';

/** The course contents: modules with their lessons and checks, then the assessment. */
@customElement('fl-course-nav')
export class FlCourseNav extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host { display: block; }
      ol { list-style: none; margin: 0; padding: 0; }
      .module { margin-block-end: 0.75rem; }
      h2 { font-size: 1rem; margin: 0 0 0.25rem; }
      .minutes { font-weight: normal; color: var(--_muted); font-size: 0.875rem; }
      .count { margin: 0 0 0.25rem; color: var(--_muted); font-size: 0.875rem; }
      button.link {
        display: flex; justify-content: space-between; gap: 0.5rem; width: 100%;
        min-height: 44px; padding: 0.5rem 0.75rem; text-align: start;
        background: transparent; color: var(--_text); border: 1px solid transparent; border-radius: 6px;
      }
      button.link:hover { background: var(--_surface); }
      button.link[aria-current='page'] { border-color: var(--_accent); background: var(--_surface); font-weight: 600; }
      button.link:disabled { color: var(--_muted); cursor: not-allowed; }
      .state { font-size: 0.8125rem; color: var(--_muted); white-space: nowrap; }
      /* Forced colours draw every link's transparent border and drop the background, so the current page needs a heavier edge (WCAG 1.4.1). */
      @media (forced-colors: active) {
        button.link[aria-current='page'] { border: 3px solid Highlight; padding: calc(0.5rem - 2px) calc(0.75rem - 2px); }
      }
    `,
  ];

  @property({ attribute: false }) course: Course | null = null;
  @property({ attribute: false }) visited: ReadonlySet<string> = new Set();
  /** Ids of the practice questions answered, to mark finished knowledge checks. */
  @property({ attribute: false }) answered: ReadonlySet<string> = new Set();
  @property({ attribute: false }) place: Place | null = null;
  @property({ type: Boolean }) assessmentUnlocked = false;
  @property({ type: Boolean }) certificateReady = false;

  /** Focus on the current page's link (or the first one), for the menu's Contents. */
  async focusCurrent(): Promise<void> {
    await this.updateComplete;
    const links = this.renderRoot.querySelectorAll<HTMLButtonElement>('button.link');
    const current = [...links].find((b) => b.getAttribute('aria-current') === 'page');
    (current ?? links[0])?.focus();
  }

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const t = msg();
    return html`<nav aria-label=${t.contents}>
      <ol>
        ${course.modules.map(
          (module) => html`<li class="module">
            <h2><span lang=${module.language ?? nothing}>${module.title}</span> <span class="minutes">· ${t.minutes(module.minutes)}</span></h2>
            <p class="count">${t.moduleProgress(module.lessons.filter((l) => this.visited.has(l.id)).length, module.lessons.length)}</p>
            <ol>
              ${module.lessons.map((lesson) =>
                this.link({ view: 'lesson', id: lesson.id }, lesson.title, this.visited.has(lesson.id) ? t.visited : '', lesson.language),
              )}
              ${module.check.length > 0
                ? this.link({ view: 'check', id: module.id }, t.knowledgeCheck, module.check.every((q) => this.answered.has(q.id)) ? t.checkDone : '')
                : nothing}
              ${module.jobAid ? this.link({ view: 'jobaid', id: module.id }, t.jobAid, '') : nothing}
            </ol>
          </li>`,
        )}
        ${course.assessment.draw > 0
          ? html`<li class="module"><ol>${this.link({ view: 'assessment' }, course.assessment.title, this.assessmentUnlocked ? '' : t.locked)}</ol></li>`
          : nothing}
        ${this.certificateReady ? html`<li class="module"><ol>${this.link({ view: 'certificate' }, t.certificate, '')}</ol></li>` : nothing}
      </ol>
    </nav>`;
  }

  /** `lang` marks a title left in the course's language under another interface language (WCAG 3.1.2). */
  private link(place: Place, label: string, stateText: string, lang?: string) {
    const current = this.place !== null && samePlace(this.place, place);
    return html`<li>
      <button class="link" aria-current=${current ? 'page' : 'false'} @click=${() => this.dispatchEvent(new NavigateEvent(place))}>
        <span lang=${lang ?? nothing}>${label}</span>${stateText ? html` <span class="state">${stateText}</span>` : nothing}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-course-nav': FlCourseNav;
  }
}
