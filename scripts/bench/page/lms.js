// The bench's LMS page: scorm-again's API for one standard, counting every
// call, and the package in a full-window iframe. scripts/bench drives it
// through `window.bench` with evaluated strings (plain JS here, so no
// bundler helpers from the Node side leak into the page).
const STANDARDS = {
  scorm12: {
    module: '/vendor/scorm12.js', className: 'Scorm12API', global: 'API', finish: 'LMSFinish',
    methods: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'],
    learner: { core: { student_id: 'officer_7', student_name: 'Rivera, Sam' } },
  },
  scorm2004: {
    module: '/vendor/scorm2004.js', className: 'Scorm2004API', global: 'API_1484_11', finish: 'Terminate',
    methods: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
    learner: { learner_id: 'officer_7', learner_name: 'Rivera, Sam' },
  },
};

const frame = document.getElementById('course');
/** Method name → calls; `afterFinish` counts any call after LMSFinish/Terminate (always a bug). */
const counts = { afterFinish: 0 };
let finished = false;
let longestSuspendData = 0;

async function install(standard) {
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
   * Opens the package and resolves, in the first animation frame (just before
   * the paint) that has the first lesson's text laid out, with the course
   * frame's clock (ms since its navigation started) and this page's.
   */
  async firstLesson(standard, title, paragraph) {
    await install(standard);
    const want = { title: words(title), paragraph: paragraph === null ? null : words(paragraph) };
    const started = performance.now();
    frame.src = `/pkg/${standard}/index.html`;
    return new Promise((resolve, reject) => {
      const poll = () => {
        if (lessonShown(want.title, want.paragraph)) resolve({ frameMs: frame.contentWindow.performance.now(), pageMs: performance.now() });
        else if (performance.now() - started > 30_000) reject(new Error(`the first lesson "${title}" never showed`));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  },

  /**
   * A whole course through the player's controller (plan: scripts/bench/play-plan.ts);
   * resolves with the API call counts. Paced: the course frame's virtual clock
   * (virtual-clock.js) moves on by the plan's time at each place.
   */
  async play(standard, plan, paced) {
    await install(standard);
    frame.src = `/pkg/${standard}/index.html`;
    await until(() => player()?.controller, 'the player started');
    const c = player().controller;
    const clock = frame.contentWindow.benchClock;
    if (paced && !clock) throw new Error('no virtual clock in the course frame');
    const spend = async (seconds) => {
      if (paced) clock.advance(seconds * 1000);
      await tick();
    };
    for (const step of plan.steps) {
      c.go(step.place);
      await tick();
      for (const q of step.practice) c.answerPractice(q.id, q.response, 5000);
      await spend(step.seconds);
    }
    const draw = c.session.currentAttempt();
    if (!draw) throw new Error('the assessment did not open: not every lesson was visited');
    for (const q of draw.questions) {
      c.changeAttemptAnswer(q.id, plan.bank[q.id], plan.secondsPerQuestion * 1000);
      await spend(plan.secondsPerQuestion);
    }
    c.submitAttempt();
    await tick();
    c.go({ view: 'attestation' });
    await spend(plan.secondsToAttest);
    c.attest();
    await tick();
    const { passed, completion } = c.session.progress();
    await c.saveAndExit();
    // Saves are asynchronous in the tracker: let the last calls land.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { counts, passed, completion, longestSuspendData };
  },
};

// `?first-lesson=<standard>&title=…[&paragraph=…]` starts at once, so this page's
// clock counts from its own navigation start with nothing waiting in between.
const query = new URLSearchParams(location.search);
if (query.has('first-lesson')) {
  window.firstLessonSeen = window.bench.firstLesson(query.get('first-lesson'), query.get('title') ?? '', query.get('paragraph'));
}
