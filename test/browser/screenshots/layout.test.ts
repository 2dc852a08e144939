// The layout checks the screenshot tests rely on: they must catch what they claim to.
import { expect, fixture, html } from '@open-wc/testing';
import { clippedText, hitTarget } from './layout.js';

describe('layout checks', () => {
  it('report text in a box that hides its overflow, and text past the edge', async () => {
    const el = await fixture(html`<div>
      <p style="width: 100px; height: 20px; overflow: hidden">A sentence far too long for a box this small, so most of it is hidden.</p>
      <p style="position: relative; left: -50px">Starts off screen</p>
    </div>`);
    const problems = clippedText(document);
    expect(problems.some((p) => p.includes('A sentence') && p.includes('hides'))).to.equal(true);
    expect(problems.some((p) => p.includes('Starts off screen') && p.includes('spans'))).to.equal(true);
    el.remove();
  });

  it('leave screen-reader-only text and fitting text alone', async () => {
    const el = await fixture(html`<div>
      <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">Only for screen readers, and long</span>
      <p style="width: 300px; overflow: hidden">Fits.</p>
    </div>`);
    expect(clippedText(document)).to.deep.equal([]);
    el.remove();
  });

  it('leave a one-line text shortened with an ellipsis alone only when its whole text is its title', async () => {
    const style = 'width: 80px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis';
    const title = 'A course title too long for the header';
    const el = await fixture(html`<div>
      <h1 style=${style} title=${title}>${title}</h1>
      <h1 style=${style}>An untitled heading cut short</h1>
    </div>`);
    const problems = clippedText(document);
    expect(problems.some((p) => p.includes('A course title'))).to.equal(false);
    expect(problems.some((p) => p.includes('An untitled heading') && p.includes('hides'))).to.equal(true);
    el.remove();
  });

  it('find the element at a point inside shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<button style="width: 80px; height: 40px">Go</button>';
    const button = root.querySelector('button')!;
    const r = button.getBoundingClientRect();
    expect(hitTarget(document, r.left + 10, r.top + 10)).to.equal(button);
  });
});
