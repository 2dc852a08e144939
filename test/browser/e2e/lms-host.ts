/**
 * The "LMS page" for end-to-end tests: installs scorm-again's real SCORM
 * runtime on this window, opens an unpacked package in an iframe served from
 * 127.0.0.1, and keeps a journal of every API call. It also checks what
 * scorm-again does not: no call after LMSFinish/Terminate.
 */
// The package root's types name these exports correctly (the per-standard entries' types claim a default export).
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';

export type Standard = 'scorm12' | 'scorm2004';
type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

export interface ApiCall {
  method: string;
  args: unknown[];
  result: unknown;
  error: string;
}

export interface LaunchOptions {
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
}

const METHODS: Record<Standard, string[]> = {
  scorm12: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'],
  scorm2004: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
};
const FINISH: Record<Standard, string> = { scorm12: 'LMSFinish', scorm2004: 'Terminate' };
const ERROR: Record<Standard, string> = { scorm12: 'LMSGetLastError', scorm2004: 'GetLastError' };

export class LmsSession {
  readonly calls: ApiCall[] = [];
  /** Calls made after the session was finished — always a bug. */
  readonly afterFinish: ApiCall[] = [];
  frame!: HTMLIFrameElement;
  private finished = false;

  constructor(
    readonly standard: Standard,
    readonly api: Api | null,
  ) {}

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
    const entry = { ...call, error };
    (this.finished ? this.afterFinish : this.calls).push(entry);
    if (call.method === FINISH[this.standard]) this.finished = true;
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
  if (api) {
    const learner = standard === 'scorm12'
      ? { core: { student_id: 'officer_7', student_name: 'Rivera, Sam' } }
      : { learner_id: 'officer_7', learner_name: 'Rivera, Sam' };
    const base = options.previous ? resumeData(standard, options.previous) : {};
    api.loadFromJSON(merge(merge(learner, base), options.data ?? {}), '');
    // Faults go in first, so the journal records what the package actually got back.
    options.tamper?.(api);
    const target = api as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of METHODS[standard]) {
      const real = target[method]!.bind(api);
      target[method] = (...args: unknown[]) => {
        const result = real(...args);
        session.journal({ method, args, result }, String(target[ERROR[standard]]!()));
        return result;
      };
    }
    const name = standard === 'scorm12' ? 'API' : 'API_1484_11';
    (window as unknown as Record<string, unknown>)[name] = api;
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frame.src = `${options.packages ?? '/.cache/packages'}/${standard}/index.html`;
  session.frame = frame;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await until(() => session.player()?.controller != null, 'the player started');
  return session;
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
