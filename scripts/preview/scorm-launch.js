// SCORM launches: installs scorm-again as the course's API, preloads the
// learner and any saved attempt, and shows every API call and the data model
// as the LMS stores it.
import { instrument } from './call-log.js';
import { readManifest } from './manifest-info.js';
import { STANDARDS, startSession, summarize } from './lms-session.js';

const $ = (id) => document.getElementById(id);

// --- Storage: what the LMS keeps between sessions, per standard ------------------

const storageKey = (standardId) => `frontline-preview:${standardId}`;

function loadSaved(standardId) {
  try {
    return JSON.parse(localStorage.getItem(storageKey(standardId)) ?? 'null');
  } catch {
    return null; // unreadable or blocked storage: launch as a first attempt
  }
}

function forgetScorm(standardId) {
  try {
    localStorage.removeItem(storageKey(standardId));
  } catch {
    // blocked storage holds nothing to forget
  }
}

function save(standardId, record, log) {
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

let session = 0;

/**
 * Prepares the API for a new session and returns the URL to open in the course frame.
 * @param {{ standardId: 'scorm12' | 'scorm2004', settings: object, fresh: boolean, log: import('./log-view.js').LogView }} launch
 * @returns {Promise<{ url: string, note: string }>}
 */
export async function launchScorm({ standardId, settings, fresh, log }) {
  const standard = STANDARDS[standardId];
  if (fresh) forgetScorm(standardId);

  const base = `pkg/${standardId}/`;
  const manifest = await readManifest(base).catch(() => null);
  $('masteryScore').placeholder = manifest?.masteryScore ?? '';
  const masteryScore = settings.masteryScore !== '' ? settings.masteryScore : (manifest?.masteryScore ?? '');

  const saved = loadSaved(standardId);
  const start = startSession(standardId, saved?.cmi ?? null, { ...settings, masteryScore });
  // Relative to this module: the page also works below a path prefix.
  const { [standard.className]: Api } = await import(new URL(standard.module, import.meta.url).href);
  const api = new Api({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  api.loadFromJSON(start.data, 'cmi');

  session++;
  const thisSession = session;
  let commits = 0;
  log.session(`Session ${session} · ${standard.label} · ${settings.mode} · entry "${start.entry}" · mastery ${masteryScore || '(none)'} · language ${settings.language || '(none)'}`);
  instrument(api, standardId, (entry) => {
    log.call(entry);
    const stored = (entry.fn === standard.commit || entry.fn === standard.terminate) && entry.ret === 'true';
    if (!stored) return;
    // What an LMS would store: total_time already includes this session's time.
    const { cmi } = api.renderCommitCMI(true);
    save(standardId, { cmi, savedAt: new Date().toISOString() }, log);
    commits++;
    showData(standardId, cmi, `Stored by ${entry.fn} at ${entry.time.toLocaleTimeString()} (session ${thisSession}, save ${commits}).`);
  });

  // Only one standard's API may be visible: a course searching for both must find the one it was built for.
  delete window.API;
  delete window.API_1484_11;
  window[standard.global] = api;
  showData(standardId, api.renderCommitCMI(true).cmi, `Launch data handed to the course (session ${session}); nothing stored yet.`);
  return { url: base + (manifest?.launch ?? 'index.html'), note: `Session ${session}: ${start.note}` };
}
