// The endpoint packages are launched against in the tests, on 127.0.0.1:
//   /xapi/statements        → the real LRS (xapi-statements), after checking every
//                              statement with Learning Locker's strict validator and
//                              journaling it; faults are injected here
//   /xapi/activities/state  → State resource test double (documents.ts)
//   /xapi/agents/profile    → Agent Profile test double
//   /cmi5/fetch/<id>        → the one-time fetch URL (cmi5-lms.ts)
//   /auth/client            → tells the LRS which credentials are valid
// Credentials revoked by a test, and a cmi5 token once its session's terminated is
// stored, are refused with 401 on every /xapi/ request, as a cmi5 LMS does.
//   /control/…              → the tests' own API (launch, faults, journal, checks)
// Every answer allows the test page's origin (CORS), as a real LRS must.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Cmi5Lms, type LaunchRequest } from './cmi5-lms.js';
import { checkCmi5Session } from './cmi5-rules.js';
import { DocumentStore } from './documents.js';

const require = createRequire(import.meta.url);
const validate = (require('@learninglocker/xapi-validation') as { default: (s: unknown) => { path: string[]; message: string }[] }).default;

export type Fault =
  | { mode: 'none' }
  | { mode: 'down' | 'lost-reply'; count?: number }
  | { mode: 'status'; status: number; count?: number }
  | { mode: 'slow'; delayMs: number; count?: number };

export interface JournalEntry {
  seq: number;
  at: number;
  method: string;
  path: string;
  auth: string;
  fault: Fault['mode'];
  status: number;
  /** For statement POST/PUT: what arrived, with the validator's warnings per statement. */
  statements?: { id: string; verb: string; warnings: string[] }[];
}

function send(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end(body);
}
const json = (res: ServerResponse, value: unknown, status = 200) => send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json' });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFront(options: { lrsEndpoint: () => string; port?: number }): Promise<{ server: Server; url: string; lmsAuth: string; credentials: Set<string> }> {
  const credentials = new Set<string>();
  /**
   * Credentials no longer accepted: revoked by a test (an LMS ending a launch) or a cmi5
   * session's token once its terminated is stored (cmi5 9.3.8.0-4 with no grace period;
   * 8.2.1.0-6: the token lasts the session). Every request with them gets 401.
   */
  const refused = new Set<string>();
  const lmsAuth = `Basic ${Buffer.from(`lms:${randomBytes(8).toString('hex')}`).toString('base64')}`;
  credentials.add(lmsAuth);
  const docs = new DocumentStore();
  let journal: JournalEntry[] = [];
  let fault: Fault = { mode: 'none' };
  let seq = 0;

  const lrs = (path: string, init: RequestInit) => fetch(options.lrsEndpoint() + path, init);
  const record = async (statements: object[]): Promise<void> => {
    const r = await lrs('statements', { method: 'POST', headers: { Authorization: lmsAuth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(statements) });
    if (!r.ok) throw new Error(`the LRS refused the LMS's statements: ${r.status} ${await r.text()}`);
  };
  const lms = new Cmi5Lms(docs, credentials, record);

  /** Statements of a registration as the LRS stored them, oldest first. */
  const stored = async (registration: string): Promise<Record<string, any>[]> => {
    const q = new URLSearchParams({ registration, ascending: 'true', limit: '1000' });
    const r = await lrs(`statements?${q}`, { headers: { Authorization: lmsAuth, 'X-Experience-API-Version': '1.0.3' } });
    if (!r.ok) throw new Error(`LRS query failed: ${r.status} ${await r.text()}`);
    return ((await r.json()) as { statements: Record<string, any>[] }).statements;
  };

  /** The fault for this request (a counted fault runs out). */
  const takeFault = (): Fault => {
    const f = fault;
    if (f.mode !== 'none' && f.count !== undefined) {
      f.count--;
      if (f.count <= 0) fault = { mode: 'none' };
    }
    return f;
  };

  const xapi = async (req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> => {
    const path = url.pathname.slice('/xapi/'.length);
    const auth = req.headers.authorization ?? '';
    const entry: JournalEntry = { seq: ++seq, at: Date.now(), method: req.method ?? '', path: `${path}${url.search}`, auth, fault: 'none', status: 0 };
    journal.push(entry);
    if (refused.has(auth)) return send(res, (entry.status = 401), JSON.stringify({ message: 'credentials no longer accepted' }));
    const f = takeFault();
    entry.fault = f.mode;
    if (f.mode === 'down') return void req.socket.destroy();
    if (f.mode === 'status') return send(res, (entry.status = f.status), JSON.stringify({ message: 'injected fault' }));
    if (f.mode === 'slow') await new Promise((r) => setTimeout(r, f.delayMs));
    if (path === 'statements') {
      if (req.method === 'POST' || req.method === 'PUT') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = null;
        }
        const list = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, any>[];
        entry.statements = list.map((s) => ({ id: String(s?.['id']), verb: String(s?.['verb']?.['id']), warnings: validate(s).map((w) => `${w.path.join('.')}: ${w.message}`) }));
      }
      const headers: Record<string, string> = { 'X-Experience-API-Version': String(req.headers['x-experience-api-version'] ?? '') };
      if (auth) headers['Authorization'] = auth;
      if (req.headers['content-type']) headers['Content-Type'] = String(req.headers['content-type']);
      const r = await lrs(`statements${url.search}`, { method: req.method, headers, ...(body && req.method !== 'GET' ? { body } : {}) });
      entry.status = r.status;
      if (r.ok && lms.isToken(auth) && entry.statements?.some((st) => st.verb === 'http://adlnet.gov/expapi/verbs/terminated')) refused.add(auth);
      const text = await r.text();
      if (f.mode === 'lost-reply') return void req.socket.destroy();
      return send(res, r.status, text, { 'Content-Type': r.headers.get('content-type') ?? 'application/json', 'X-Experience-API-Version': '1.0.3' });
    }
    if (path === 'activities/state' || path === 'agents/profile') {
      // Same rule as the LRS: only launch credentials (xAPI auth parameter, cmi5 token).
      if (!credentials.has(auth)) return send(res, (entry.status = 401), 'Unauthorised');
      const result = docs.handle(path === 'activities/state' ? 'state' : 'profile', req.method ?? 'GET', url.searchParams, body, String(req.headers['content-type'] ?? ''));
      entry.status = result.status;
      if (f.mode === 'lost-reply') return void req.socket.destroy();
      return send(res, result.status, result.body ?? '', { 'X-Experience-API-Version': '1.0.3', ...result.headers });
    }
    if (path === 'about') return json(res, { version: ['1.0.3'] }, (entry.status = 200));
    return send(res, (entry.status = 404));
  };

  const control = async (res: ServerResponse, url: URL, body: string, front: string): Promise<void> => {
    const input = body ? (JSON.parse(body) as Record<string, any>) : {};
    switch (url.pathname) {
      case '/control/reset':
        journal = [];
        fault = { mode: 'none' };
        return json(res, { ok: true });
      case '/control/fault':
        fault = input as Fault;
        return json(res, { ok: true });
      case '/control/credentials': {
        const auth = `Basic ${Buffer.from(`learner:${randomBytes(8).toString('hex')}`).toString('base64')}`;
        credentials.add(auth);
        return json(res, { auth });
      }
      case '/control/revoke':
        refused.add(String(input['auth']));
        return json(res, { ok: true });
      case '/control/journal':
        return json(res, journal);
      case '/control/statements':
        return json(res, await stored(url.searchParams.get('registration') ?? ''));
      case '/control/state':
        return json(res, docs.read('state', Object.fromEntries(url.searchParams)));
      case '/control/cmi5/launch':
        return json(res, await lms.launch(input as LaunchRequest, front));
      case '/control/cmi5/abandon':
        await lms.abandon(String(input['sessionId']));
        return json(res, { ok: true });
      case '/control/cmi5/check': {
        const registration = url.searchParams.get('registration') ?? '';
        const sessions = [...lms.sessions.values()].filter((s) => s.registration === registration);
        return json(res, checkCmi5Session({ statements: await stored(registration), sessions, journal, options: JSON.parse(url.searchParams.get('options') ?? '{}') }));
      }
      default:
        return send(res, 404);
    }
  };

  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Experience-API-Version');
    }
    if (req.method === 'OPTIONS') {
      return send(res, 204, '', {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, X-Experience-API-Version'),
        'Access-Control-Max-Age': '0',
      });
    }
    const front = `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', front);
    void (async () => {
      const body = await readBody(req);
      if (url.pathname.startsWith('/xapi/')) return xapi(req, res, url, body);
      if (url.pathname.startsWith('/control/')) return control(res, url, body, front);
      if (url.pathname.startsWith('/cmi5/fetch/') && req.method === 'POST') {
        journal.push({ seq: ++seq, at: Date.now(), method: 'POST', path: url.pathname, auth: '', fault: 'none', status: 200 });
        // cmi5 8.2.2.0-3: 200 and JSON, for an error too.
        return json(res, lms.fetch(url.pathname.slice('/cmi5/fetch/'.length)));
      }
      if (url.pathname === '/auth/client') {
        if (!credentials.has(req.headers.authorization ?? '')) return send(res, 404);
        return json(res, { _id: '5f0000000000000000000001', title: 'frontline tests', authority: { objectType: 'Agent', name: 'frontline tests', mbox: 'mailto:tests@frontline.example' }, isTrusted: true, lrs_id: '5f0000000000000000000002', organisation: '5f0000000000000000000003', scopes: ['all'] });
      }
      return send(res, 404);
    })().catch((error: Error) => {
      if (!res.headersSent) send(res, 500, error.stack ?? String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, lmsAuth, credentials };
}
