import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/attestation/fl-attestation.js';
import '../../../src/components/certificate/fl-certificate.js';
import type { FlAttestation } from '../../../src/components/attestation/fl-attestation.js';
import type { FlCertificate } from '../../../src/components/certificate/fl-certificate.js';
import { displayName } from '../../../src/components/certificate/display-name.js';
import { AttestEvent } from '../../../src/components/events/attest-event.js';
import { $, text } from './helpers.js';

describe('<fl-attestation>', () => {
  it('is accessible', async () => {
    const el = await fixture<FlAttestation>(html`<fl-attestation statement="I understand my duties."></fl-attestation>`);
    await expect(el).to.be.accessible();
  });

  it('confirms only after the statement is ticked, with a labelled checkbox', async () => {
    const el = await fixture<FlAttestation>(html`<fl-attestation statement="I understand my duties."></fl-attestation>`);
    const box = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    const confirm = $<HTMLButtonElement>(el, 'button');
    expect(text(box.closest('label'))).to.equal('I understand my duties.');
    expect(confirm.disabled).to.equal(true);
    box.click();
    await el.updateComplete;
    expect(confirm.disabled).to.equal(false);
    setTimeout(() => confirm.click());
    const event = await oneEvent(el, AttestEvent.type);
    expect(event).to.be.instanceOf(AttestEvent);
  });
});

describe('<fl-certificate>', () => {
  const render = () =>
    fixture<FlCertificate>(html`<fl-certificate
      learnerName="Rivera, Sam"
      courseTitle="Customer service for security officers"
      version="6ac7f4c6cca8"
      .completedAt=${new Date(Date.UTC(2026, 10, 22, 12))}
      .scorePercent=${90}
    ></fl-certificate>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it("shows the learner's name, the course, its version, the date, the score and a line to sign", async () => {
    const shown = text((await render()).shadowRoot);
    expect(shown).to.contain('Sam Rivera');
    expect(shown).to.contain('Customer service for security officers');
    // No release name: the content version is the version, labelled as such.
    expect(shown).to.contain('Content version 6ac7f4c6cca8');
    expect(shown).to.contain('November 22, 2026');
    expect(shown).to.contain('90%');
    expect(shown).to.contain('Signed by');
  });

  it('names the release in words, the hash in small print, and the firm with its logo when the course has them', async () => {
    const el = await fixture<FlCertificate>(html`<fl-certificate version="6ac7f4c6cca8" release="3 (December 2026)" firm="Northgate" logo="/test/fixtures/logo.svg"></fl-certificate>`);
    expect(text($(el, '.release'))).to.equal('Version 3 (December 2026)');
    expect(text($(el, '.fine-print'))).to.equal('Content version 6ac7f4c6cca8');
    expect($<HTMLImageElement>(el, '.issuer img').alt).to.equal('Northgate logo');
    await expect(el).to.be.accessible();
  });

  it('without a firm or logo has no empty issuer line', async () => {
    expect((await render()).shadowRoot!.querySelector('.issuer')).to.equal(null);
  });

  it('prints only the certificate: the buttons are hidden by the print stylesheet', async () => {
    const el = await render();
    const rules = [...el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])];
    const print = rules.find((r) => r instanceof CSSMediaRule && r.conditionText === 'print') as CSSMediaRule | undefined;
    expect(print?.cssText).to.match(/\.actions[^{]*\{\s*display: none/);
  });
});

describe('displayName', () => {
  it('turns the LMS\'s "Last, First" into "First Last" and leaves other names alone', () => {
    expect(displayName('Rivera, Sam')).to.equal('Sam Rivera');
    expect(displayName('Sam Rivera')).to.equal('Sam Rivera');
    expect(displayName('a, b, c')).to.equal('a, b, c');
  });
});
