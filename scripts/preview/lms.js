// The preview's "LMS": installs scorm-again as the course's API, preloads the
// learner and any saved attempt, runs the staged package in an iframe, and
// shows every API call and the data model as the LMS stores it.
import { instrument } from './call-log.js';
import { LogView } from './log-view.js';
import { readManifest } from './manifest-info.js';
import { MODES, STANDARDS, startSession, summarize } from './lms-session.js';

const $ = (id) => document.getElementById(id);
const form = $('launch-form');
const frame = $('course');
const log = new LogView({ list: $('calls'), count: $('call-count'), problems: $('problem-count') });
let session = 0;

// --- Settings: the form, mirrored in the URL so a reload keeps them -------------

const PARAMS = { standard: 'standard', learnerName: 'name', learnerId: 'id', mode: 'mode', masteryScore: 'mastery' };

function settingsFromUrl() {
  const query = new URLSearchParams(location.search);
  for (const [field, param] of Object.entries(PARAMS)) {
    const value = query.get(param);
    if (value !== null) form.elements[field].value = value;
  }
  if (!(form.elements.standard.value in STANDARDS)) form.elements.standard.value = 'scorm12';
  if (!MODES.includes(form.elements.mode.value)) form.elements.mode.value = 'normal';
}

function readSettings() {
  const settings = Object.fromEntries(Object.keys(PARAMS).map((field) => [field, form.elements[field].value]));
  const query = new URLSearchParams(Object.entries(PARAMS).map(([field, param]) => [param, settings[field]]));
  history.replaceState(null, '', `?${query}`);
  return settings;
}

// --- Storage: what the LMS keeps between sessions, per standard ------------------

const storageKey = (standardId) => `frontline-preview:${standardId}`;

function loadSaved(standardId) {
  try {
    return JSON.parse(localStorage.getItem(storageKey(standardId)) ?? 'null');
  } catch {
    return null; // unreadable or blocked storage: launch as a first attempt
  }
}

function forget(standardId) {
  try {
    localStorage.removeItem(storageKey(standardId));
  } catch {
    // blocked storage holds nothing to forget
  }
}

function save(standardId, record) {
  try {
    localStorage.setItem(storageKey(standardId), JSON.stringify(record));
  } catch (error) {
    log.session(`Could not save to localStorage: ${error}`);
  }
}

// --- Data model panel ------------------------------------------------------------

function showData(standardId, cmi, source) {
  $('data-source').textContent = source;
  $('summary').replaceChildren(
    ...summarize(standardId, cmi).flatMap(([label, value]) => {
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = label;
      dd.textContent = value === '' ? '(empty)' : value;
      return [dt, dd];
    }),
  );
  $('cmi').textContent = JSON.stringify({ cmi }, null, 2);
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

async function launch({ fresh }) {
  await unloadCourse();
  const settings = readSettings();
  const standardId = settings.standard;
  const standard = STANDARDS[standardId];
  if (fresh) forget(standardId);

  const base = `/pkg/${standardId}/`;
  const manifest = await readManifest(base).catch(() => null);
  $('masteryScore').placeholder = manifest?.masteryScore ?? '';
  const masteryScore = settings.masteryScore !== '' ? settings.masteryScore : (manifest?.masteryScore ?? '');

  const saved = loadSaved(standardId);
  const start = startSession(standardId, saved?.cmi ?? null, { ...settings, masteryScore });
  const { [standard.className]: Api } = await import(standard.module);
  const api = new Api({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  api.loadFromJSON(start.data, 'cmi');

  session++;
  let commits = 0;
  log.session(`Session ${session} · ${standard.label} · ${settings.mode} · entry "${start.entry}" · mastery ${masteryScore || '(none)'}`);
  $('session-note').textContent = `Session ${session}: ${start.note}`;
  instrument(api, standardId, (entry) => {
    log.call(entry);
    const stored = (entry.fn === standard.commit || entry.fn === standard.terminate) && entry.ret === 'true';
    if (!stored) return;
    // What an LMS would store: total_time already includes this session's time.
    const { cmi } = api.renderCommitCMI(true);
    save(standardId, { cmi, savedAt: new Date().toISOString() });
    commits++;
    showData(standardId, cmi, `Stored by ${entry.fn} at ${entry.time.toLocaleTimeString()} (session ${session}, save ${commits}).`);
  });

  // Only one standard's API may be visible: a course searching for both must find the one it was built for.
  delete window.API;
  delete window.API_1484_11;
  window[standard.global] = api;
  showData(standardId, api.renderCommitCMI(true).cmi, `Launch data handed to the course (session ${session}); nothing stored yet.`);

  const url = base + (manifest?.launch ?? 'index.html');
  const found = await fetch(url, { method: 'HEAD' }).then((r) => r.ok, () => false);
  showMissing(found ? null : `No ${standard.label} package at ${url}. Run "npm run build" (it stages packages in dist/.stage/${standardId}/) or restart "npm start", then Relaunch.`);
  if (found) frame.src = url;
}

// --- Wiring ----------------------------------------------------------------------

let busy = Promise.resolve();
/** Launches one at a time: a second click waits for the first course to close. */
const queue = (options) => {
  busy = busy.then(() => launch(options)).catch((error) => log.session(`Launch failed: ${error?.message ?? error}`));
};

form.addEventListener('submit', (event) => {
  event.preventDefault();
  queue({ fresh: false });
});
$('reset').addEventListener('click', () => queue({ fresh: true }));
$('clear-log').addEventListener('click', () => log.clear());
$('show-error-calls').addEventListener('change', (event) => $('calls').classList.toggle('hide-error-calls', !event.target.checked));

settingsFromUrl();
queue({ fresh: false });
