// Installed in the course frame before its scripts run (puppeteer's
// evaluateOnNewDocument): timers of a second or more wait on a virtual clock
// that the bench advances, so a learner-paced session (with the save
// scheduler's timed saves) runs in moments. Shorter timers stay real.
(() => {
  if (window === window.top || !location.pathname.startsWith('/pkg/')) return;
  const realSet = window.setTimeout.bind(window);
  const realClear = window.clearTimeout.bind(window);
  const timers = new Map();
  let nextId = -1;
  let now = 0;
  window.setTimeout = (fn, ms = 0, ...args) => {
    if (!(ms >= 1000) || typeof fn !== 'function') return realSet(fn, ms, ...args);
    const id = nextId--;
    timers.set(id, { at: now + ms, fn, args });
    return id;
  };
  window.clearTimeout = (id) => (typeof id === 'number' && id < 0 ? timers.delete(id) : realClear(id));
  window.benchClock = {
    /** Runs every virtual timer due within `ms`, in time order, then moves the clock on. */
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn(...due[1].args);
      }
      now = end;
    },
  };
})();
