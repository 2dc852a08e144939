import type { CompletionStatus, SuccessStatus } from '../tracker.js';

/**
 * Bookmarking and resume through the xAPI State resource (xAPI 1.0.3 Part
 * Three §2.3): one JSON document per activity, agent and registration holding
 * the bookmark and saved state together (a resume never pairs a new bookmark
 * with old state), the statuses reached, and which one-time statements were
 * already sent in this registration (cmi5 9.3.3.0-2, 9.3.4.0-3: completed and
 * passed at most once). LMS-COMPAT 23: the format is versioned; anything else
 * is ignored.
 */
export const PROGRESS_STATE_ID = 'frontline.progress';

const FORMAT = 1;

export interface ProgressDocument {
  v: typeof FORMAT;
  location: string;
  savedState: string;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Content version the state was saved with. */
  courseVersion: string;
  /** One-time statements already sent in this registration. */
  sent: { completed: boolean; passed: boolean };
  /** When this version was made (ms since 1970; 0 when unknown), so the newer of two copies wins. */
  savedAt: number;
}

export function emptyProgress(courseVersion: string): ProgressDocument {
  return { v: FORMAT, location: '', savedState: '', completion: 'incomplete', success: 'unknown', courseVersion, sent: { completed: false, passed: false }, savedAt: 0 };
}

/** Reads a stored document, or null when it is missing, another format or malformed. */
export function readProgress(data: unknown): ProgressDocument | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Partial<ProgressDocument>;
  if (d.v !== FORMAT || typeof d.location !== 'string' || typeof d.savedState !== 'string' || typeof d.courseVersion !== 'string') return null;
  const sent = d.sent && typeof d.sent === 'object' ? d.sent : { completed: false, passed: false };
  return {
    v: FORMAT,
    location: d.location,
    savedState: d.savedState,
    completion: d.completion === 'completed' ? 'completed' : 'incomplete',
    success: d.success === 'passed' || d.success === 'failed' ? d.success : 'unknown',
    courseVersion: d.courseVersion,
    sent: { completed: sent.completed === true, passed: sent.passed === true },
    // Added within format 1: documents written before it read as oldest.
    savedAt: typeof d.savedAt === 'number' && Number.isFinite(d.savedAt) ? d.savedAt : 0,
  };
}

/**
 * What this browser tab knows about the current session (kept in
 * `sessionStorage`, so a reload sees it): cmi5 9.3.2.0-3 initialized once per
 * session, 9.3.0.0-2/-3 no defined verb twice and one of passed/failed per
 * session, 9.3.8.0-2 nothing after terminated.
 */
export interface SessionLedger {
  startedAt: number;
  initialized: boolean;
  terminated: boolean;
  /** Verbs of one-per-session statements already sent (passed, failed, completed). */
  verbs: string[];
  /** Lessons already reported as experienced in this session. */
  experienced: string[];
}

export function newLedger(now: number): SessionLedger {
  return { startedAt: now, initialized: false, terminated: false, verbs: [], experienced: [] };
}

export function loadLedger(storage: Storage | null, key: string): SessionLedger | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<SessionLedger>;
    if (typeof d.startedAt !== 'number' || !Array.isArray(d.verbs) || !Array.isArray(d.experienced)) return null;
    return { startedAt: d.startedAt, initialized: d.initialized === true, terminated: d.terminated === true, verbs: d.verbs, experienced: d.experienced };
  } catch {
    return null;
  }
}

export function saveLedger(storage: Storage | null, key: string, ledger: SessionLedger): void {
  try {
    storage?.setItem(key, JSON.stringify(ledger));
  } catch {
    // Refused storage: the ledger still works in memory for this page.
  }
}
