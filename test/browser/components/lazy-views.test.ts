// The player's lazily loaded views (src/components/lazy/): the first screen's
// code defines none of them, loading the lazy file defines every one the
// player waits for, and the player shows "Loading…" rather than a blank view
// until they are defined.
import { expect } from '@open-wc/testing';
import { LAZY_VIEW_TAGS } from '../../../src/components/lazy/view-code.js';
import '../../../src/components/player/fl-player.js';

describe('lazy views', () => {
  it('the player alone defines none of them; the lazy file defines each one the player waits for', async () => {
    for (const tag of LAZY_VIEW_TAGS) expect(customElements.get(tag), `${tag} before`).to.equal(undefined);
    await import('../../../src/components/lazy/lazy-views.js');
    for (const tag of LAZY_VIEW_TAGS) expect(customElements.get(tag), `${tag} after`).to.not.equal(undefined);
  });
});
