// Waiting for the page to catch up, in one place for every browser test.
import type { FlPlayer } from '../../src/components/player/fl-player.js';
import { deepAll } from './shadow-dom.js';

type Updating = Element & { updateComplete: Promise<unknown> };

/** The next task: what a click or a Lit update queued has run. */
export const nextTask = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One element has rendered, and what its update queued has run. */
export async function elementSettled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await nextTask();
}

/** The player's current view (a lesson, check, job aid…), inside its shadow root. */
export const view = (player: FlPlayer) => player.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#view > *')!;

/** While the view waits for its code or content: "Loading…", not yet a failure (src/components/shared/fl-content-status.ts). */
const stillLoading = (player: FlPlayer): boolean => {
  const current = view(player) as (HTMLElement & { status?: string }) | null;
  return current?.localName === 'fl-content-status' && current.status === 'loading';
};

/**
 * Waits for the player and its current view to render, and for a view's
 * lazily loaded code or content that is on its way (at most `loadMs`);
 * `ms` more for focus moves after navigation.
 */
export async function settled(player: FlPlayer, ms = 0, loadMs = 2_000): Promise<void> {
  await player.updateComplete;
  for (const start = performance.now(); stillLoading(player) && performance.now() - start < loadMs; ) {
    await nextTask(10);
    await player.updateComplete;
  }
  await view(player)?.updateComplete;
  await nextTask(ms);
}

/** Every Lit element inside the player has rendered, and `win` has laid out and painted the frame. */
export async function renderedAndPainted(player: () => FlPlayer, win: Window = window): Promise<void> {
  await settled(player());
  for (let round = 0; round < 3; round++) {
    await player().updateComplete;
    await Promise.all(deepAll<Updating>(player().shadowRoot!, '*').map((el) => el.updateComplete));
  }
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}
