import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/player/fl-notice.js';
import type { FlNotice } from '../../../src/components/player/fl-notice.js';
import { text } from './helpers.js';

describe('<fl-notice>', () => {
  it('is accessible and announced politely', async () => {
    const el = await fixture<FlNotice>(html`<fl-notice .notice=${{ kind: 'not-connected', detail: 'no API found' }}></fl-notice>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
  });

  it('says calmly that progress is not recorded, with the technical detail tucked away', async () => {
    const el = await fixture<FlNotice>(html`<fl-notice .notice=${{ kind: 'not-connected', detail: 'no API found' }}></fl-notice>`);
    expect(text(el.shadowRoot!.querySelector('p'))).to.contain('not being recorded');
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details)).to.contain('no API found');
  });

  it('says a failed save will be retried', async () => {
    const el = await fixture<FlNotice>(html`<fl-notice .notice=${{ kind: 'not-saving', detail: 'commit-failed (391)' }}></fl-notice>`);
    expect(text(el.shadowRoot!.querySelector('p'))).to.contain('could not be saved just now');
    await expect(el).to.be.accessible();
  });

  it('refused credentials: the main text tells the learner to close the course and reopen it from the LMS', async () => {
    const detail = "lrs-refused-credentials (HTTP 401): the LRS refused this launch's credentials; relaunch the course from the LMS";
    const el = await fixture<FlNotice>(html`<fl-notice .notice=${{ kind: 'relaunch-needed', detail }}></fl-notice>`);
    const main = text(el.shadowRoot!.querySelector('p'));
    expect(main).to.contain('Close the course, then open it again from your learning system');
    expect(main).to.not.contain('try again');
    expect(text(el.shadowRoot!.querySelector('details'))).to.contain('HTTP 401');
    await expect(el).to.be.accessible();
  });
});
