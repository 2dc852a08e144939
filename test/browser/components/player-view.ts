import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { nextTask } from '../settle.js';

/** The player's current view (a lesson, check, job aid…), inside its shadow root. */
export const view = (player: FlPlayer) => player.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#view > *')!;

/** Waits for the player and its current view to render; `ms` more for focus moves after navigation. */
export async function settled(player: FlPlayer, ms = 0): Promise<void> {
  await player.updateComplete;
  await view(player)?.updateComplete;
  await nextTask(ms);
}
