// The bench's LMS page: scorm-again's API for one standard, counting every
// call, and the package in a full-window iframe. scripts/bench drives it
// through `window.bench` with evaluated strings (plain JS here, so no
// bundler helpers from the Node side leak into the page).
const STANDARDS = {
  scorm12: {
    module: '/vendor/scorm12.js', className: 'Scorm12API', global: 'API', commit: 'LMSCommit', finish: 'LMSFinish',
    methods: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'],
    learner: { core: { student_id: 'officer_7', student_name: 'Rivera, Sam' } },
  },
  scorm2004: {
    module: '/vendor/scorm2004.js', className: 'Scorm2004API', global: 'API_1484_11', commit: 'Commit', finish: 'Terminate',
    methods: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
    learner: { learner_id: 'officer_7', learner_name: 'Rivera, Sam' },
  },
};

const frame = document.getElementById('course');
/** Method name → calls; `afterFinish` counts any call after LMSFinish/Terminate (always a bug). */
const counts = { afterFinish: 0 };
let finished = false;
let longestSuspendData = 0;

/** Holds the page's only thread, as a synchronous request does. */
function busyWait(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Moodle's LMSCommit is a synchronous request of 0.65–2.6 s (LMS-COMPAT 31).
  }
}

/** `commitMs`: each commit and finish first blocks the page that long. */
async function install(standard, commitMs = 0) {
  const s = STANDARDS[standard];
  const { [s.className]: Api } = await import(s.module);
  // No autocommit and no commit URL: scorm-again then makes no HTTP requests of its own.
  const api = new Api({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  api.loadFromJSON(s.learner, '');
  for (const method of s.methods) {
    const real = api[method].bind(api);
    api[method] = (...args) => {
      if (finished) counts.afterFinish++;
      counts[method] = (counts[method] ?? 0) + 1;
      if (/suspend_data$/.test(String(args[0]))) longestSuspendData = Math.max(longestSuspendData, String(args[1]).length);
      if (method === s.finish) finished = true;
      if (commitMs > 0 && (method === s.commit || method === s.finish)) busyWait(commitMs);
      return real(...args);
    };
  }
  window[s.global] = api;
}

function deepAll(root, selector) {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

const words = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
const shown = (el) => el.getClientRects().length > 0;
const player = () => frame.contentDocument?.querySelector('fl-player') ?? null;

/** True once the lesson's heading and first paragraph are laid out on screen. */
function lessonShown(title, paragraph) {
  const doc = frame.contentDocument;
  if (!doc || doc.URL === 'about:blank') return false;
  const heading = deepAll(doc, 'h1, h2, h3').some((h) => words(h.textContent) === title && shown(h));
  return heading && (paragraph === null || deepAll(doc, 'p').some((p) => words(p.textContent) === paragraph && shown(p)));
}

function until(check, what, timeoutMs = 30_000) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) resolve();
      else if (performance.now() - start > timeoutMs) reject(new Error(`timed out waiting until ${what}`));
      else setTimeout(poll, 10);
    };
    poll();
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

window.bench = {
  /**
   * Opens the package (or `pkg`, e.g. the bench's reference page, under the
   * same API) and resolves, in the first animation frame (just before the
   * paint) that has the first lesson's text laid out, with the course frame's
   * clock (ms since its navigation started), this page's, and the moment as
   * ms since the epoch (to match the network log's wall times); and on the
   * frame's clock, when the cover's Start could be tapped, the frame's first
   * contentful paint, and when the player had taken over the first lesson
   * (its own, interactive, in place of the launch page's prerendered one).
   */
  async firstLesson(standard, title, paragraph, pkg = standard) {
    await install(standard);
    const want = { title: words(title), paragraph: paragraph === null ? null : words(paragraph) };
    const started = performance.now();
    frame.src = `/pkg/${pkg}/index.html`;
    let tapped = false;
    let coverMs = null;
    let seen = null;
    return new Promise((resolve, reject) => {
      const poll = () => {
        const doc = frame.contentDocument;
        const win = frame.contentWindow;
        // The course opens on its cover (the launch page's prerendered one first, fl-first-cover, then the player's):
        // the officer taps Start on the one on screen at once (the first lesson's file is fetched meanwhile).
        const cover = tapped || !doc ? undefined : deepAll(doc, 'fl-first-cover, fl-cover').find(shown);
        const start = cover?.shadowRoot?.querySelector('.actions button.primary');
        if (start) {
          tapped = true;
          coverMs = win.performance.now();
          start.click();
        }
        if (!seen && lessonShown(want.title, want.paragraph)) {
          const frameMs = win.performance.now();
          seen = { frameMs, coverMs, pageMs: performance.now(), seenAtMs: win.performance.timeOrigin + frameMs };
        }
        // The reference page has no player: its lesson is interactive as soon as it shows.
        const player = doc?.querySelector('fl-player');
        const interactive = seen && (!player || player.shadowRoot?.querySelector('#view > fl-lesson'));
        // The launch page's first screen is the frame's first contentful paint (its entry is queued after that paint).
        const firstPaintMs = win?.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        if (interactive && firstPaintMs !== null) {
          const interactiveMs = player ? win.performance.now() : seen.frameMs;
          resolve({ ...seen, firstPaintMs, interactiveMs, interactiveAtMs: win.performance.timeOrigin + interactiveMs });
        }
        // 3 minutes: a 10× bundle served uncompressed over slow 3G takes about one.
        else if (performance.now() - started > 180_000) reject(new Error(`the first lesson "${title}" never showed`));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  },

  /**
   * A whole course through the player's controller (plan: scripts/bench/play-plan.ts);
   * resolves with the API call counts and the longest the screen was held
   * after an action (from the action to the animation frame that paints its
   * result). Each action waits for the previous screen to be painted and the
   * save after it, as a learner who reads the screen would. Paced: the course
   * frame's virtual clock (virtual-clock.js) moves on by the plan's time at
   * each place. `commitMs`: every commit blocks the page that long.
   */
  async play(standard, plan, paced, commitMs = 0) {
    await install(standard, commitMs);
    frame.src = `/pkg/${standard}/index.html`;
    await until(() => player()?.controller, 'the player started');
    const c = player().controller;
    const win = frame.contentWindow;
    const clock = win.benchClock;
    if (paced && !clock) throw new Error('no virtual clock in the course frame');
    let longestBlockMs = 0;
    // The course's own timers: a save queued after a paint runs before these resolve.
    const idle = () => new Promise((resolve) => win.setTimeout(resolve, 0));
    const painted = () => new Promise((resolve) => win.requestAnimationFrame(() => resolve(performance.now())));
    const act = async (action) => {
      const start = performance.now();
      action();
      longestBlockMs = Math.max(longestBlockMs, (await painted()) - start);
      await idle();
      await idle();
    };
    const spend = async (seconds) => {
      if (paced) clock.advance(seconds * 1000);
      await tick();
    };
    await painted();
    // A place's content may still be on its way (loaded on demand): the learner reads it once it is on screen.
    const shown = () => until(() => c.contentStatus() === 'ready', `the content of ${JSON.stringify(c.place)} is on screen`, 60_000);
    for (const step of plan.steps) {
      await act(() => c.go(step.place));
      await shown();
      for (const q of step.practice) await act(() => c.answerPractice(q.id, q.response, 5000));
      await spend(step.seconds);
    }
    await shown();
    const draw = c.session.attemptDraw();
    if (!draw) throw new Error('the assessment did not open: not every lesson was visited');
    for (const q of draw.questions) {
      await act(() => c.changeAttemptAnswer(q.id, plan.bank[q.id], plan.secondsPerQuestion * 1000));
      await spend(plan.secondsPerQuestion);
    }
    await act(() => c.submitAttempt());
    await act(() => c.go({ view: 'attestation' }));
    await spend(plan.secondsToAttest);
    await act(() => c.attest());
    const { passed, completion } = c.session.progress();
    await c.saveAndExit();
    // Saves are asynchronous in the tracker: let the last calls land.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { counts, passed, completion, longestSuspendData, longestBlockMs };
  },
};

// `?first-lesson=<standard>&title=…[&paragraph=…][&pkg=…]` starts at once, so this page's
// clock counts from its own navigation start with nothing waiting in between.
const query = new URLSearchParams(location.search);
if (query.has('first-lesson')) {
  window.firstLessonSeen = window.bench.firstLesson(query.get('first-lesson'), query.get('title') ?? '', query.get('paragraph'), query.get('pkg') ?? undefined);
}
