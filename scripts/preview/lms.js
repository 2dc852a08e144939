// The live preview page: runs the chosen package in the course frame with the
// LMS side it needs, reloads it after every rebuild (keeping or resetting the
// learner's data, as the author chose) and shows the problems instead of a
// stale course when a build fails.
import { LiveBuild } from './live-build.js';
import { LogView } from './log-view.js';
import { MODES } from './lms-session.js';
import { launchCmi5, launchXapi } from './lrs-launch.js';
import { buildRequest, languageHint, PACKAGES } from './packages.js';
import { hideProblems, showProblems } from './problem-list.js';
import { launchScorm } from './scorm-launch.js';
import { StatementLog } from './statement-log.js';
import { launchWeb } from './web-launch.js';

const $ = (id) => document.getElementById(id);
const form = $('launch-form');
const frame = $('course');
const log = new LogView({ list: $('calls'), count: $('call-count'), problems: $('problem-count') });
const statements = new StatementLog({ list: $('statements'), count: $('statement-count'), registration: $('registration') });

// --- Settings: the form, mirrored in the URL so a reload keeps them -------------

const PARAMS = { standard: 'standard', language: 'lang', learnerName: 'name', learnerId: 'id', mode: 'mode', masteryScore: 'mastery', onRebuild: 'rebuild' };

function settingsFromUrl() {
  const query = new URLSearchParams(location.search);
  for (const [field, param] of Object.entries(PARAMS)) {
    const value = query.get(param);
    if (value === null) continue;
    // The language list is filled from the build: keep the wish until it is.
    if (field === 'language') addLanguageOption(value);
    form.elements[field].value = value;
  }
  if (!(form.elements.standard.value in PACKAGES)) form.elements.standard.value = 'scorm12';
  if (!MODES.includes(form.elements.mode.value)) form.elements.mode.value = 'normal';
  if (!['keep', 'reset'].includes(form.elements.onRebuild.value)) form.elements.onRebuild.value = 'keep';
}

function readSettings() {
  const settings = Object.fromEntries(Object.keys(PARAMS).map((field) => [field, form.elements[field].value]));
  const query = new URLSearchParams(Object.entries(PARAMS).map(([field, param]) => [param, settings[field]]));
  history.replaceState(null, '', `?${query}`);
  return settings;
}

// --- Languages: the course's, from the last good build -----------------------------

function addLanguageOption(tag) {
  const select = form.elements.language;
  if ([...select.options].some((o) => o.value === tag)) return;
  select.append(new Option(tag, tag));
}

function showLanguages(languages) {
  const select = form.elements.language;
  const wanted = select.value;
  select.replaceChildren(new Option('No preference', ''), ...languages.map((tag, i) => new Option(i === 0 ? `${tag} (the course's own)` : tag, tag)));
  select.value = languages.includes(wanted) ? wanted : '';
}

/** Only the panels and fields that apply to this package. */
function showPackageParts(target) {
  for (const node of document.querySelectorAll('[data-packages]')) node.hidden = !node.dataset.packages.split(' ').includes(target);
  $('language-hint').textContent = languageHint(target);
}

// --- Launching -------------------------------------------------------------------

/** Closes the running course the way a learner leaving does: its pagehide handler may still finish. */
function unloadCourse() {
  if (!frame.getAttribute('src') || frame.getAttribute('src') === 'about:blank') return Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    setTimeout(resolve, 3000); // a course stuck in its unload handler must not block the relaunch
    frame.src = 'about:blank';
  });
}

function showMissing(text) {
  $('course-missing').hidden = !text;
  $('course-missing').textContent = text ?? '';
}

const LAUNCHERS = {
  scorm: (target, settings, fresh) => launchScorm({ standardId: target, settings, fresh, log }),
  lrs: (target, settings, fresh) => (target === 'cmi5' ? launchCmi5 : launchXapi)({ settings, fresh, statements }),
  web: (_target, settings, fresh) => launchWeb({ settings, fresh }),
};

async function launch({ fresh }) {
  // While the build is broken the staged package is the stale one: nothing to launch.
  if (!$('problems').hidden) return;
  await unloadCourse();
  const settings = readSettings();
  const target = settings.standard;
  if (PACKAGES[target].launcher !== 'lrs') statements.stop();
  const { url, note } = await LAUNCHERS[PACKAGES[target].launcher](target, settings, fresh);
  $('session-note').textContent = note;
  const found = await fetch(url.split('?')[0], { method: 'HEAD' }).then((r) => r.ok, () => false);
  showMissing(found ? null : `No ${PACKAGES[target].label} package at ${url.split('?')[0]}: see the build status above.`);
  if (found) frame.src = url;
}

let busy = Promise.resolve();
/** Launches one at a time: a second click waits for the first course to close. */
const queue = (options) => {
  busy = busy.then(() => launch(options)).catch((error) => {
    $('session-note').textContent = `Launch failed: ${error?.message ?? error}`;
  });
  return busy;
};

// --- Builds: the package on screen, rebuilt after every save -------------------------

/** The build on screen; a status for another package or language is not about it. */
let shown = { target: '', language: '', seq: 0 };

function onBuildStatus(status) {
  if (status.target !== shown.target || (status.language ?? '') !== shown.language) return;
  if (status.state === 'building') {
    $('build-status').textContent = `Rebuilding the ${PACKAGES[status.target].label} package…`;
    return;
  }
  // Each build once: the answer to our own request and its event are the same build.
  if (status.seq <= shown.seq) return;
  const first = shown.seq === 0;
  shown.seq = status.seq;
  const time = new Date().toLocaleTimeString();
  if (!status.ok) {
    $('build-status').textContent = `The build failed at ${time}: the problems are listed below.`;
    showProblems(status.problems);
    void busy.then(unloadCourse);
    return;
  }
  $('build-status').textContent = `Built "${status.title}" version ${status.version} at ${time}.`;
  showLanguages(status.languages);
  hideProblems(status.warnings ?? []);
  void queue({ fresh: !first && form.elements.onRebuild.value === 'reset' });
}

const live = new LiveBuild(onBuildStatus);

/** Shows the package chosen in the form, built from the current course files. */
async function select() {
  const settings = readSettings();
  const request = buildRequest(settings.standard, settings.language);
  shown = { ...request, seq: 0 };
  showPackageParts(settings.standard);
  $('build-status').textContent = `Preparing the ${PACKAGES[settings.standard].label} package…`;
  await live.request(request).catch((error) => ($('build-status').textContent = `The preview server did not answer: ${error.message}`));
}

// --- Wiring ----------------------------------------------------------------------

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void queue({ fresh: false });
});
$('reset').addEventListener('click', () => void queue({ fresh: true }));
form.elements.standard.addEventListener('change', () => void select());
form.elements.language.addEventListener('change', () => {
  const settings = readSettings();
  // A language the build carries needs its own build; one the LMS hands over, a relaunch.
  if (PACKAGES[settings.standard].language === 'build') void select();
  else void queue({ fresh: false });
});
$('clear-log').addEventListener('click', () => log.clear());
$('show-error-calls').addEventListener('change', (event) => $('calls').classList.toggle('hide-error-calls', !event.target.checked));

settingsFromUrl();
void select();
