// Waiting for the page to catch up, in one place for every browser test.
import type { FlPlayer } from '../../src/components/player/fl-player.js';
import { deepAll } from './shadow-dom.js';

type Updating = Element & { updateComplete: Promise<unknown> };

/** The next task: what a click or a Lit update queued has run. */
export const nextTask = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The player's current view (a lesson, check, job aid…), inside its shadow root. */
export const view = (player: FlPlayer) => player.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#view > *')!;

/** Waits for the player and its current view to render; `ms` more for focus moves after navigation. */
export async function settled(player: FlPlayer, ms = 0): Promise<void> {
  await player.updateComplete;
  await view(player)?.updateComplete;
  await nextTask(ms);
}

/** Every Lit element inside the player has rendered, and `win` has laid out and painted the frame. */
export async function renderedAndPainted(player: () => FlPlayer, win: Window = window): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await player().updateComplete;
    await Promise.all(deepAll<Updating>(player().shadowRoot!, '*').map((el) => el.updateComplete));
  }
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}
