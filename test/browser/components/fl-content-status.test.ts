import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/shared/fl-content-status.js';
import { LOADING_DELAY_MS, type FlContentStatus } from '../../../src/components/shared/fl-content-status.js';
import { RetryContentEvent } from '../../../src/components/events/retry-content-event.js';
import { spanish } from '../../../src/components/i18n/spanish.js';
import { english, useStrings } from '../../../src/components/i18n/strings.js';
import { button, text } from './helpers.js';
import { nextTask } from '../../support/settle.js';

const region = (el: FlContentStatus) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('<fl-content-status>', () => {
  afterEach(() => useStrings(english));

  it('a quick load shows nothing; a slow one says "Loading…" in a live region that was there from the start', async () => {
    const el = await fixture<FlContentStatus>(html`<fl-content-status status="loading"></fl-content-status>`);
    expect(region(el)).to.exist;
    expect(text(region(el))).to.equal('');
    await nextTask(LOADING_DELAY_MS + 50);
    await el.updateComplete;
    expect(text(region(el))).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('a failure says so plainly, offers Try again, and is accessible', async () => {
    const el = await fixture<FlContentStatus>(html`<fl-content-status status="failed"></fl-content-status>`);
    expect(text(region(el))).to.contain('This part of the course did not load');
    expect(text(region(el))).to.contain('You keep your place and your progress');
    const retry = button(el, 'Try again');
    expect(retry).to.exist;
    await expect(el).to.be.accessible();
    setTimeout(() => retry!.click());
    const event = await oneEvent(el, RetryContentEvent.type);
    expect(event).to.be.instanceOf(RetryContentEvent);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('focus stays in the message as it changes: on Try again it goes to the message, on a failure to its heading', async () => {
    const el = await fixture<FlContentStatus>(html`<fl-content-status status="failed"></fl-content-status>`);
    button(el, 'Try again')!.focus();
    el.status = 'loading';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.className).to.equal('status');
    el.status = 'failed';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.localName).to.equal('h2');
  });

  it('speaks Spanish in a Spanish course', async () => {
    useStrings(spanish);
    const el = await fixture<FlContentStatus>(html`<fl-content-status status="failed"></fl-content-status>`);
    expect(button(el, 'Reintentar')).to.exist;
    expect(text(region(el))).to.contain('Esta parte del curso no se cargó');
  });
});
