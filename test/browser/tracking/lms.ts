/**
 * A real SCORM runtime (scorm-again 3.4.3) installed on this test page, with
 * the course running in a same-origin iframe: the tracker gets the frame's
 * window and must find the API by walking up to this page, as in a real LMS.
 * Every API call is journaled, so tests can check order and what happens
 * after finish — scorm-again itself accepts writes after LMSFinish.
 */
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import type { Tracker, TrackerNotice } from '../../../src/tracking/tracker.js';

export type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

/** Strict, silent and offline: no commit URL, no autocommit, no logging. */
export const SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5, enableOfflineSupport: false } as const;

export const newScorm12Api = (): Api => new Scorm12API({ ...SETTINGS });
export const newScorm2004Api = (): Api => new Scorm2004API({ ...SETTINGS });

export interface Call {
  method: string;
  args: unknown[];
}

/** Replaces each named API method with one that journals the call first. */
export function journal(api: Api, methods: string[]): Call[] {
  const calls: Call[] = [];
  const target = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of methods) {
    const original = target[method]!.bind(api);
    target[method] = (...args: unknown[]) => {
      calls.push({ method, args });
      return original(...args);
    };
  }
  return calls;
}

/** Replaces one API method; `replacement` gets the original to delegate to. */
export function tamper(api: Api, method: string, replacement: (original: (...args: unknown[]) => unknown, ...args: unknown[]) => unknown): void {
  const target = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method]!.bind(api);
  target[method] = (...args: unknown[]) => replacement(original, ...args);
}

/** What the LMS would store at the end (scorm-again's terminate commit), flattened to element names. */
export function stored(api: Api): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string): void => {
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else if (value !== undefined && value !== null) out[path] = String(value);
  };
  walk(api.renderCommitCMI(true), '');
  return out;
}

/** A same-origin child frame (srcdoc, never file://) for the course to run in. */
export async function courseFrame(attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><title>SCO</title><p>course</p>';
  document.body.append(frame);
  await loaded;
  return frame;
}

const globals = window as unknown as Record<string, unknown>;

/** Puts `api` on this page under `name`; returns the undo. */
export function installApi(name: string, api: unknown): () => void {
  globals[name] = api;
  return () => {
    delete globals[name];
  };
}

/** Collects a tracker's notices. */
export function noticesOf(tracker: Tracker): TrackerNotice[] {
  const notices: TrackerNotice[] = [];
  tracker.onNotice((notice) => notices.push(notice));
  return notices;
}

/** Makes the GetLastError method report `code` on its next call only; returns the trigger. */
export function lastErrorOnce(api: Api, method: string): (code: string) => void {
  let pending: string | null = null;
  tamper(api, method, (original) => {
    if (pending === null) return original();
    const code = pending;
    pending = null;
    return code;
  });
  return (code) => {
    pending = code;
  };
}
