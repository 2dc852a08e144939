// Waiting for the page to catch up, in one place for every browser test.
import type { FlPlayer } from '../../src/components/player/fl-player.js';
import { deepAll } from './e2e/learner.js';

type Updating = Element & { updateComplete: Promise<unknown> };

/** The next task: what a click or a Lit update queued has run. */
export const nextTask = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Every Lit element inside the player has rendered, and `win` has laid out and painted the frame. */
export async function renderedAndPainted(player: () => FlPlayer, win: Window = window): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await player().updateComplete;
    await Promise.all(deepAll<Updating>(player().shadowRoot!, '*').map((el) => el.updateComplete));
  }
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}
