/** Runs `task` when the page is idle, within 2 s at the latest. requestIdleCallback is missing in Safari before 18: a short timer instead. */
export function whenIdle(win: Window, task: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(task, { timeout: 2_000 });
  else win.setTimeout(task, 200);
}
