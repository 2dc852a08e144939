/**
 * The "LMS page" for xAPI and cmi5 end-to-end tests: opens an unpacked
 * package in an iframe served from 127.0.0.1 with launch parameters pointing
 * at the tests' front server (test/support/front.ts), which passes statements
 * to the real LRS and journals every request. Helpers read back what the LRS
 * stored and what the validator said.
 */
import type { FlPlayer } from '../../../src/components/player/fl-player.js';

export type Statement = Record<string, any>;

export interface JournalEntry {
  seq: number;
  method: string;
  path: string;
  auth: string;
  fault: string;
  status: number;
  statements?: { id: string; verb: string; warnings: string[] }[];
}

export type Fault =
  | { mode: 'none' }
  | { mode: 'down' | 'lost-reply'; count?: number }
  | { mode: 'status'; status: number; count?: number }
  | { mode: 'slow'; delayMs: number; count?: number };

let frontUrl: string | null = null;

/** The front server's origin (started by web-test-runner.config.mjs). */
export async function front(): Promise<string> {
  if (!frontUrl) {
    const config = (await (await fetch('/__support.json')).json()) as { front: string | null };
    if (!config.front) throw new Error('the test LRS is not running (web-test-runner.config.mjs starts it)');
    frontUrl = config.front;
  }
  return frontUrl;
}

export async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
  const r = await fetch(`${await front()}/control/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`control ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

export const setFault = (fault: Fault) => control('fault', fault);
export const journal = () => control<JournalEntry[]>('journal');
export const storedStatements = (registration: string) => control<Statement[]>(`statements?registration=${registration}`);

/** A fresh basic credential the LRS accepts, as an LMS would pass in `auth`. */
export async function credentials(): Promise<string> {
  return (await control<{ auth: string }>('credentials', {})).auth;
}

export const ACTOR = { objectType: 'Agent', name: 'Sam Rivera', account: { homePage: 'https://lms.example.test', name: 'officer_7' } };

export class PackageFrame {
  frame!: HTMLIFrameElement;

  get win(): Window {
    return this.frame.contentWindow!;
  }

  player(): FlPlayer {
    return this.frame.contentDocument!.querySelector('fl-player') as FlPlayer;
  }

  close(): void {
    this.frame.remove();
  }
}

/** Opens `/.cache/packages/<target>/index.html?<query>` and waits for the player. */
export async function openPackage(target: string, query: Record<string, string>, into = new PackageFrame()): Promise<PackageFrame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frame.src = `/.cache/packages/${target}/index.html?${new URLSearchParams(query)}`;
  into.frame = frame;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // Started, with the first place's content loaded (a package loads each module's content on demand).
  await until(() => into.player()?.controller?.contentStatus() === 'ready', 'the player started with its first content');
  await into.player().updateComplete;
  return into;
}

/** The Tin Can launch query for the xAPI package (and the web build). */
export async function xapiLaunch(extra: Record<string, string> = {}): Promise<{ query: Record<string, string>; registration: string }> {
  const registration = crypto.randomUUID();
  const query = { endpoint: `${await front()}/xapi/`, auth: await credentials(), actor: JSON.stringify(ACTOR), registration, ...extra };
  return { query, registration };
}

/** Waits until the LRS holds statements of the registration that satisfy `done`. */
export async function statementsWhen(registration: string, done: (s: Statement[]) => boolean, what: string, timeoutMs = 15_000): Promise<Statement[]> {
  let last: Statement[] = [];
  await until(async () => done((last = await storedStatements(registration))), what, timeoutMs);
  return last;
}

export const verbName = (s: Statement): string => String(s['verb']?.['id']).split('/').pop()!;

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every statement the package sent that the validator warned about, as readable lines. */
export function validatorWarnings(entries: JournalEntry[]): string[] {
  return entries.flatMap((e) => (e.statements ?? []).flatMap((s) => s.warnings.map((w) => `${s.verb} ${s.id}: ${w}`)));
}
