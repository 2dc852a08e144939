/**
 * Runs a task once the next frame is on screen, never inside the event
 * handler that changed it: an LMS commit can be a synchronous request of
 * 0.65–2.6 s (LMS-COMPAT 31), and run there it would freeze the tap that asked
 * for the new screen. A task queued from a requestAnimationFrame callback runs
 * after that frame's rendering step (HTML "update the rendering"). Hidden pages
 * get no frames, so a timer runs the task anyway.
 */
export type PaintWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestAnimationFrame'>>;

/** Longest wait for a frame (a hidden or throttled page paints none). */
export const NO_FRAME_MS = 500;

/** Schedules `task`; returns the cancel. */
export function afterNextPaint(win: PaintWindow, task: () => void): () => void {
  let pending = true;
  const run = (): void => {
    if (!pending) return;
    pending = false;
    win.clearTimeout(fallback);
    task();
  };
  const fallback = win.setTimeout(run, NO_FRAME_MS);
  win.requestAnimationFrame?.(() => win.setTimeout(run, 0));
  return () => {
    pending = false;
    win.clearTimeout(fallback);
  };
}
