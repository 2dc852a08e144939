/**
 * The "LMS page" for end-to-end tests: installs scorm-again's real SCORM
 * runtime on this window, opens an unpacked package in an iframe served from
 * 127.0.0.1, and keeps a journal of every API call. It also checks what
 * scorm-again does not: no call after LMSFinish/Terminate. It records what the
 * LMS really stored (a snapshot at each successful commit and finish), can
 * end the page abruptly (a phone killing the browser), and injects a flaky
 * LMS's faults: seeded refusals and slow synchronous commits.
 */
// The package root's types name these exports correctly (the per-standard entries' types claim a default export).
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { seededRandom } from '../../../src/session/random.js';
import { settled } from '../../support/settle.js';

export type Standard = 'scorm12' | 'scorm2004';
type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

export interface ApiCall {
  method: string;
  args: unknown[];
  result: unknown;
  error: string;
  /** The event the course frame was handling when it made the call (`click`, `pagehide`…), if any. */
  during?: string;
}

/** A flaky, slow LMS. Mutable on `LmsSession.faults`, so a test can heal it or make it worse mid-run. */
export interface Faults {
  /** Seed of the refusals: the same seed refuses the same calls. */
  seed: number;
  /** Share (0–1) of SetValue and Commit calls refused: "false" with a general error (1.2: 101; 2004: 351 set, 391 commit). */
  refuse: number;
  /** Each commit and finish first busy-waits this long, like Moodle's synchronous request (LMS-COMPAT 31). */
  commitMs: number;
}

/** What the LMS stored at one successful commit or finish. */
export interface CommitSnapshot {
  method: string;
  /** `performance.now()` when it was stored. */
  at: number;
  /** scorm-again's data, as `stored()` gives it. */
  cmi: Record<string, unknown>;
}

export interface LaunchOptions {
  /** Refusals and slow commits (none by default). */
  faults?: Partial<Faults>;
  /** Set as `LmsSession.onCommit` before the package loads, so it hears the first commit too. */
  onCommit?: (snapshot: CommitSnapshot, session: LmsSession) => void;
  /** What the LMS stored from the previous session (from `stored()`), for resume. */
  previous?: Record<string, unknown>;
  /** Extra cmi data: mastery score, lesson mode, learner… */
  data?: Record<string, unknown>;
  /** Called with the API before the package loads, to inject faults. */
  tamper?: (api: Api) => void;
  /** Install no API at all. */
  noApi?: boolean;
  /** Where the unpacked packages are served (another build, e.g. the Spanish one). */
  packages?: string;
  /** The launch page's URL instead, e.g. under a Moodle-like path (test/support/moodle-path.ts). */
  url?: string;
  /**
   * Seeds the course frame's Math.random when the package initializes the API,
   * before the session is created: every seed random.ts `newSeed` draws (the
   * learner's option shuffle, each attempt's draw) then comes out the same in
   * every run. Default: the browser's own random.
   */
  seed?: number;
  /** false: return once the frame is on the page, without waiting for it to load or the player to start (a held app.js). */
  waitForPlayer?: boolean;
}

const METHODS: Record<Standard, string[]> = {
  scorm12: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'],
  scorm2004: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
};
const FINISH: Record<Standard, string> = { scorm12: 'LMSFinish', scorm2004: 'Terminate' };
const COMMIT: Record<Standard, string> = { scorm12: 'LMSCommit', scorm2004: 'Commit' };
const SET: Record<Standard, string> = { scorm12: 'LMSSetValue', scorm2004: 'SetValue' };
const ERROR: Record<Standard, string> = { scorm12: 'LMSGetLastError', scorm2004: 'GetLastError' };
// SCORM 1.2 RTE §3.3: 101 general exception. SCORM 2004 RTE 3.1.7: 351 general set failure, 391 general commit failure.
const REFUSAL: Record<Standard, { set: string; commit: string }> = {
  scorm12: { set: '101', commit: '101' },
  scorm2004: { set: '351', commit: '391' },
};

export class LmsSession {
  readonly calls: ApiCall[] = [];
  /** Calls made after the session was finished — always a bug. */
  readonly afterFinish: ApiCall[] = [];
  /** Calls the course made after `endAbruptly()`: none of them reached the LMS. */
  readonly afterEnd: ApiCall[] = [];
  /** What the LMS stored at each successful commit and finish, in order. */
  readonly commits: CommitSnapshot[] = [];
  /** Called right after each successful commit or finish (e.g. to note what the learner had done by then). */
  onCommit: ((snapshot: CommitSnapshot) => void) | null = null;
  faults: Faults = { seed: 1, refuse: 0, commitMs: 0 };
  frame!: HTMLIFrameElement;
  private finished = false;
  private ended = false;
  /** The learner input the course is handling now (a click, a key), or null: set by `watchInput`. */
  input: string | null = null;

  /**
   * Marks the time the course's window dispatches a click or key: from the
   * window's capture phase to its bubble phase, which spans every handler in
   * between, shadow roots included (`window.event` is unset there, DOM 2.9).
   */
  watchInput(win: Window): void {
    for (const type of ['click', 'keydown', 'change', 'input']) {
      win.addEventListener(type, () => {
        this.input = type;
        // An event whose propagation was stopped never reaches the bubble phase: end at the next task.
        win.setTimeout(() => (this.input = null), 0);
      }, { capture: true });
      win.addEventListener(type, () => (this.input = null));
    }
  }

  constructor(
    readonly standard: Standard,
    readonly api: Api | null,
  ) {}

  /** What the LMS held before this session (`LaunchOptions.previous`). */
  launchedWith: Record<string, unknown> = {};

  /** What the LMS holds after the last successful commit or finish (before any, what it held at launch): what a relaunch gets. */
  lastCommitted(): Record<string, unknown> {
    return structuredClone(this.commits.at(-1)?.cmi ?? this.launchedWith);
  }

  /**
   * The page goes away as when a phone kills the browser: no further call
   * reaches the LMS (not even the page's own pagehide finish), then the frame
   * is gone. Relaunch from `lastCommitted()`.
   */
  endAbruptly(): void {
    this.ended = true;
    this.close();
  }

  get win(): Window {
    return this.frame.contentWindow!;
  }

  /** The package's player element (inside the iframe). */
  player(): FlPlayer {
    return this.frame.contentDocument!.querySelector('fl-player') as FlPlayer;
  }

  /** Values written with SetValue, last write wins. */
  written(): Map<string, string> {
    const out = new Map<string, string>();
    for (const call of this.calls) if (/SetValue$/.test(call.method)) out.set(String(call.args[0]), String(call.args[1]));
    return out;
  }

  value(element: string): string {
    return this.written().get(element) ?? '';
  }

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /** The data model as the LMS would store it after this session. */
  stored(): Record<string, unknown> {
    if (!this.api) return {};
    return (this.api.renderCommitCMI(true) as { cmi: Record<string, unknown> }).cmi;
  }

  journal(call: Omit<ApiCall, 'error'>, error: string): void {
    const during = this.input ?? undefined;
    const entry = { ...call, error, ...(during ? { during } : {}) };
    (this.finished ? this.afterFinish : this.calls).push(entry);
    const stores = call.method === FINISH[this.standard] || call.method === COMMIT[this.standard];
    if (stores && String(call.result) === 'true' && !this.finished) {
      const snapshot = { method: call.method, at: performance.now(), cmi: structuredClone(this.stored()) };
      this.commits.push(snapshot);
      this.onCommit?.(snapshot);
    }
    if (call.method === FINISH[this.standard]) this.finished = true;
  }

  /** Commits made while the course handled a learner's input (a click, a key): each froze that tap. Page-hide and hidden are no input. */
  commitsDuringInput(): ApiCall[] {
    return this.calls.filter((c) => c.method === COMMIT[this.standard] && c.during && c.during !== 'pagehide' && c.during !== 'visibilitychange');
  }

  /** True once the page was ended abruptly: calls are cut off from the LMS. */
  get cut(): boolean {
    return this.ended;
  }

  close(): void {
    this.frame.remove();
    delete (window as unknown as Record<string, unknown>).API;
    delete (window as unknown as Record<string, unknown>).API_1484_11;
  }
}

/** What an LMS hands the next session: stored data, with entry=resume after a suspend (SCORM 1.2 RTE 3.4.4; 2004 RTE 4.2.9). */
function resumeData(standard: Standard, stored: Record<string, unknown>): Record<string, unknown> {
  const data = structuredClone(stored) as Record<string, any>;
  if (standard === 'scorm12') {
    const core = (data.core ??= {});
    core.entry = core.exit === 'suspend' ? 'resume' : '';
    for (const k of ['exit', 'session_time']) delete core[k];
  } else {
    data.entry = data.exit === 'suspend' ? 'resume' : '';
    for (const k of ['exit', 'session_time']) delete data[k];
  }
  delete data.interactions;
  return data;
}

export async function launch(standard: Standard, options: LaunchOptions = {}): Promise<LmsSession> {
  const api = options.noApi ? null : standard === 'scorm12'
    ? new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 })
    : new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const session = new LmsSession(standard, api);
  session.launchedWith = structuredClone(options.previous ?? {});
  if (api) {
    const learner = standard === 'scorm12'
      ? { core: { student_id: 'officer_7', student_name: 'Rivera, Sam' } }
      : { learner_id: 'officer_7', learner_name: 'Rivera, Sam' };
    const base = options.previous ? resumeData(standard, options.previous) : {};
    api.loadFromJSON(merge(merge(learner, base), options.data ?? {}), '');
    // Faults go in first, so the journal records what the package actually got back.
    options.tamper?.(api);
    Object.assign(session.faults, options.faults);
    const onCommit = options.onCommit;
    if (onCommit) session.onCommit = (snapshot) => onCommit(snapshot, session);
    injectFaults(session, api);
    const target = api as unknown as Record<string, (...args: unknown[]) => unknown>;
    const [initialize] = METHODS[standard];
    for (const method of METHODS[standard]) {
      const real = target[method]!.bind(api);
      target[method] = (...args: unknown[]) => {
        if (method === initialize && options.seed !== undefined) seedFrame(session.frame, options.seed);
        if (session.cut) {
          session.afterEnd.push({ method, args, result: 'false', error: '101' });
          return 'false';
        }
        const result = real(...args);
        session.journal({ method, args, result }, String(target[ERROR[standard]]!()));
        return result;
      };
    }
    const lastError = target[ERROR[standard]]!.bind(api);
    target[ERROR[standard]] = () => (session.cut ? '101' : lastError());
    const name = standard === 'scorm12' ? 'API' : 'API_1484_11';
    (window as unknown as Record<string, unknown>)[name] = api;
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frame.src = options.url ?? `${options.packages ?? '/.cache/packages'}/${standard}/index.html`;
  session.frame = frame;
  document.body.append(frame);
  if (options.waitForPlayer === false) return session;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  session.watchInput(frame.contentWindow!);
  // Started, with the first place's content loaded (a package loads each module's content on demand).
  await until(() => session.player()?.controller?.contentStatus() === 'ready', 'the player started with its first content');
  // And with the views its first screen needs (a completed course's, loaded on demand).
  await settled(session.player());
  return session;
}

/**
 * Wraps the API with `session.faults`: a seeded share of SetValue and Commit
 * calls answer "false" without reaching scorm-again, and GetLastError then
 * reports the standard's general error; commits and finishes first block the
 * page for `commitMs`, as a synchronous request does.
 */
function injectFaults(session: LmsSession, api: Api): void {
  const { standard } = session;
  const target = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  const random = seeded(session.faults.seed);
  let refusedWith: string | null = null;
  for (const method of METHODS[standard]) {
    const real = target[method]!.bind(api);
    const code = method === SET[standard] ? REFUSAL[standard].set : method === COMMIT[standard] ? REFUSAL[standard].commit : null;
    const slow = method === COMMIT[standard] || method === FINISH[standard];
    target[method] = (...args: unknown[]) => {
      refusedWith = null;
      if (slow) busyWait(session.faults.commitMs);
      if (code !== null && session.faults.refuse > 0 && random() < session.faults.refuse) {
        refusedWith = code;
        return 'false';
      }
      return real(...args);
    };
  }
  const lastError = target[ERROR[standard]]!.bind(api);
  target[ERROR[standard]] = () => refusedWith ?? lastError();
}

/** The course's own seeded generator (mulberry32), so a failing run can be replayed. */
export const seeded = seededRandom;

/** The package's code runs in the frame's realm: its Math, not this page's, is what `newSeed` calls. */
function seedFrame(frame: HTMLIFrameElement, seed: number): void {
  const frameMath = (frame.contentWindow as unknown as { Math: Math } | null)?.Math;
  if (frameMath) frameMath.random = seeded(seed);
}

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // A synchronous request holds the page's only thread.
  }
}

function merge(a: Record<string, any>, b: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && typeof out[k] === 'object' ? merge(out[k], v) : v;
  }
  return out;
}

export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
