import { html, nothing, type TemplateResult } from 'lit';
import type { Module } from '../../content/types.js';
import { NavigateEvent } from '../events/navigate-event.js';
import { msg } from '../i18n/strings.js';

/**
 * The module's key points, closing its last lesson, and the way to its job
 * aid: read once at the end, then printed and kept. `lang` as the lesson's
 * (an untranslated module, WCAG 3.1.2).
 */
export function moduleSummary(module: Pick<Module, 'id' | 'summary' | 'jobAid'>, host: HTMLElement): TemplateResult | typeof nothing {
  const t = msg();
  const { summary, jobAid } = module;
  if (!summary && !jobAid) return nothing;
  return html`<section class="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${t.summaryTitle}</h3>
    ${summary ? html`<ul>${summary.map((point) => html`<li>${point}</li>`)}</ul>` : nothing}
    ${jobAid
      ? html`<p class="summary-aid">
          <button class="secondary" @click=${() => host.dispatchEvent(new NavigateEvent({ view: 'jobaid', id: module.id }))}>${t.openJobAid(jobAid.title)}</button>
        </p>`
      : nothing}
  </section>`;
}
