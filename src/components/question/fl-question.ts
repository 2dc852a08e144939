import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Question } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { AnswerEvent } from '../events/answer-event.js';
import { ResponseChangeEvent } from '../events/response-change-event.js';
import { msg } from '../i18n/strings.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { sharedStyles } from '../shared/styles.js';
import { initialDraft, sameResponse, toResponse, type Draft, type Mode } from './draft.js';
import { feedbackView } from './feedback.js';
import { questionStyles } from './styles.js';
import type { ViewContext } from './view.js';
import { multipleView, singleView } from './choice-view.js';
import { trueFalseView } from './true-false-view.js';
import { matchingView } from './matching-view.js';
import { sequencingView } from './sequencing-view.js';
import { branchingView } from './branching-view.js';

/**
 * One question of any type, in one of three modes:
 * - practice: answer, "Check answer" (or the parent's `checkNow()`) → `fl-answer` and feedback; inputs lock.
 * - test: no feedback; every change → `fl-response-change` (null while incomplete).
 * - review: the learner's answer and (unless `showAnswers` is false) the correct one, with feedback; inputs disabled.
 *
 * @fires fl-answer - AnswerEvent, practice mode, once per check (branching: when the path ends).
 * @fires fl-response-change - ResponseChangeEvent, test mode, on every change.
 */
@customElement('fl-question')
export class FlQuestion extends LitElement {
  static override styles = [...sharedStyles, questionStyles];

  @property({ attribute: false }) question?: Question;
  @property({ reflect: true }) mode: Mode = 'practice';
  /** A restored or submitted answer. In practice mode it shows the answered state at once. */
  @property({ attribute: false }) response: Response | null = null;
  /** Display order of option/item/target ids (branching: session/shuffle.ts choice keys); null = authored order. */
  @property({ attribute: false }) order: string[] | null = null;
  @property({ type: Number }) number: number | null = null;
  @property({ type: Number }) total: number | null = null;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 3;
  /** In review: show the correct answer too; false marks only the learner's own answer right or wrong. */
  @property({ attribute: false }) showAnswers = true;
  /** Practice: its own "Check answer" button; false when a parent checks several questions at once (`checkNow`). */
  @property({ attribute: false }) checkButton = true;

  @state() private draft: Draft | null = null;
  /** The answer checked in this element (practice); wins over `response` until that changes. */
  @state() private checked: Response | null = null;
  @state() private announcement = '';
  /** The learner has changed something since the draft was (re)built. */
  private dirty = false;
  private shownAt = 0;
  private focusTargets: string[] = [];

  /** `response`, if it answers this question's type; anything else is ignored, not thrown on. */
  private get restored(): Response | null {
    return this.response && this.response.type === this.question?.type ? this.response : null;
  }

  /** The answer whose result is on screen. */
  private get result(): Response | null {
    if (this.mode === 'review') return this.restored;
    if (this.mode === 'practice') return this.checked ?? this.restored;
    return null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const q = this.question;
    if (!q) return;
    if (changed.has('question')) {
      // A parent re-render may hand over an equal copy; only a new question restarts the clock and the answer.
      const sameQuestion = (changed.get('question') as Question | undefined)?.id === q.id;
      if (!sameQuestion) this.shownAt = performance.now();
      if (!sameQuestion || !this.dirty) this.reset(q);
    } else if (changed.has('response')) {
      // The player echoing back what we just sent must not wipe a half-made answer.
      const current = this.draft ? toResponse(q, this.draft) : null;
      if (!sameResponse(this.restored, current)) this.reset(q);
    } else if ((changed.has('order') || changed.has('mode')) && !this.dirty) {
      this.reset(q);
    }
  }

  private reset(q: Question): void {
    this.draft = initialDraft(q, this.restored, this.order, this.mode);
    this.checked = null;
    this.announcement = '';
    this.dirty = false;
  }

  override updated(): void {
    const targets = this.focusTargets;
    this.focusTargets = [];
    for (const selector of targets) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el && !el.matches(':disabled')) {
        el.focus();
        break;
      }
    }
  }

  private latency(): number {
    return Math.max(0, Math.round(performance.now() - this.shownAt));
  }

  private change(draft: Draft): void {
    const q = this.question;
    if (!q) return;
    this.draft = draft;
    this.dirty = true;
    const response = toResponse(q, draft);
    if (this.mode === 'test') {
      this.dispatchEvent(new ResponseChangeEvent(q.id, response, this.latency()));
    } else if (this.mode === 'practice' && q.type === 'branching' && response) {
      // A branching path is submitted by its last decision; there is no Check button.
      this.submit(q, response);
    }
  }

  /** Whether the answer is complete (or already checked), so checking it would give a result. */
  get ready(): boolean {
    const q = this.question;
    if (!q || !this.draft) return false;
    return this.result !== null || (q.type !== 'branching' && toResponse(q, this.draft) !== null);
  }

  /** Practice: checks the answer as the Check button would, without moving focus; false if it is incomplete. */
  checkNow(): boolean {
    const q = this.question;
    if (!q || !this.draft || this.mode !== 'practice') return false;
    if (this.result !== null) return true;
    const response = q.type === 'branching' ? null : toResponse(q, this.draft);
    if (!response) return false;
    this.submit(q, response);
    return true;
  }

  /** Moves focus to the feedback, where the result is read out. */
  focusFeedback(): void {
    this.renderRoot.querySelector<HTMLElement>('#feedback')?.focus();
  }

  /** Moves focus to the prompt heading, so a screen reader starts reading this question there. */
  focusPrompt(): void {
    const prompt = this.renderRoot.querySelector<HTMLElement>('#prompt');
    if (!prompt) return;
    prompt.tabIndex = -1;
    prompt.focus();
  }

  private check(): void {
    const q = this.question;
    const response = q && this.draft ? toResponse(q, this.draft) : null;
    if (!q || !response) return;
    this.submit(q, response);
    // The Check button disappears; keep keyboard users where the news is.
    this.focusTargets = ['#feedback'];
  }

  private submit(q: Question, response: Response): void {
    this.checked = response;
    this.dispatchEvent(new AnswerEvent(q.id, response, this.latency()));
  }

  override render() {
    const q = this.question;
    const draft = this.draft;
    if (!q || !draft) return nothing;
    const s = msg();
    const result = this.result;
    const reveal = this.mode === 'review' || result !== null;
    const view = this.renderView(q, draft, {
      mode: this.mode,
      order: this.order,
      result,
      reveal,
      showAnswers: this.showAnswers,
      disabled: reveal,
      heading: this.renderHeading(q),
      announcement: this.announcement,
      set: (d: Draft) => this.change(d),
      announce: (text: string) => (this.announcement = text),
      focus: (...selectors: string[]) => (this.focusTargets = selectors),
    });
    const canCheck = this.checkButton && this.mode === 'practice' && !reveal && q.type !== 'branching';
    return html`
      <div class="question" lang=${q.language ?? nothing}>
        ${view}
        ${canCheck
          ? html`<button type="button" class="check" ?disabled=${toResponse(q, draft) === null} @click=${this.check}>
              ${s.checkAnswer}
            </button>`
          : nothing}
        ${this.mode === 'test'
          ? nothing
          : // Practice: always in the DOM so the live region exists before its content arrives. Review: not live,
            // since a results page of 20 questions would announce 20 regions at once; fl-results has the one summary.
            html`<div
              id="feedback"
              class="feedback ${reveal ? '' : 'feedback--empty'}"
              role=${this.mode === 'practice' ? 'status' : nothing}
              aria-live=${this.mode === 'practice' ? 'polite' : nothing}
              tabindex="-1"
            >
              ${reveal ? feedbackView(q, result) : nothing}
            </div>`}
      </div>
    `;
  }

  private renderHeading(q: Question): TemplateResult {
    const s = msg();
    const numbered = this.number !== null && this.total !== null;
    // The space keeps "Question 3 of 20" and the prompt apart in the accessible name.
    const caption = numbered ? html`<span class="number">${s.questionOf(this.number!, this.total!)}</span> ` : nothing;
    return heading(this.headingLevel, 'prompt', html`${caption}<span class="prompt">${q.prompt}</span>`);
  }

  private renderView(
    q: Question,
    d: Draft,
    base: Omit<ViewContext<Question, Draft>, 'question' | 'draft'>,
  ): TemplateResult | typeof nothing {
    if (q.type === 'single' && d.type === 'single') return singleView({ ...base, question: q, draft: d });
    if (q.type === 'multiple' && d.type === 'multiple') return multipleView({ ...base, question: q, draft: d });
    if (q.type === 'truefalse' && d.type === 'truefalse') return trueFalseView({ ...base, question: q, draft: d });
    if (q.type === 'matching' && d.type === 'matching') return matchingView({ ...base, question: q, draft: d });
    if (q.type === 'sequencing' && d.type === 'sequencing') return sequencingView({ ...base, question: q, draft: d });
    if (q.type === 'branching' && d.type === 'branching') return branchingView({ ...base, question: q, draft: d });
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-question': FlQuestion;
  }
}
