// A small State and Agent Profile resource following xAPI 1.0.3 Part Three
// §2.3 (State: activityId + agent + optional registration + stateId) and §2.6
// (Agent Profile: agent + profileId). The statements service the tests run
// (xapi-statements) has neither, so this test double stands in: JSON
// documents, PUT replaces, POST merges JSON objects (§2.1.4 "JSON Procedure
// with Requirements"), GET without an id lists ids, DELETE removes, and
// ETags on every document (§2.1.5).
import { createHash } from 'node:crypto';

export interface Stored {
  body: string;
  contentType: string;
  etag: string;
  updated: string;
}

export type DocResult = { status: number; body?: string; headers?: Record<string, string> };

/** The agent's identity for keys: its inverse functional identifier only (§2.4.2.3), names ignored. */
function agentKey(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const a = JSON.parse(raw) as Record<string, unknown>;
    const account = a['account'] as { homePage?: string; name?: string } | undefined;
    const ifi = a['mbox'] ?? a['mbox_sha1sum'] ?? a['openid'] ?? (account ? `${account.homePage}|${account.name}` : undefined);
    return typeof ifi === 'string' ? ifi : null;
  } catch {
    return null;
  }
}

export class DocumentStore {
  readonly docs = new Map<string, Stored>();

  /** The key of one document, or an error for a request missing required parameters. */
  private key(resource: 'state' | 'profile', q: URLSearchParams, idName: string): string | { error: string } {
    const agent = agentKey(q.get('agent'));
    if (!agent) return { error: 'agent missing or not an agent' };
    if (resource === 'profile') return `profile|${agent}|${q.get(idName) ?? ''}`;
    const activity = q.get('activityId');
    if (!activity) return { error: 'activityId missing' };
    const registration = q.get('registration') ?? '';
    return `state|${activity}|${agent}|${registration}|${q.get(idName) ?? ''}`;
  }

  handle(resource: 'state' | 'profile', method: string, q: URLSearchParams, body: string, contentType: string): DocResult {
    const idName = resource === 'state' ? 'stateId' : 'profileId';
    const key = this.key(resource, q, idName);
    if (typeof key !== 'string') return { status: 400, body: key.error };
    const id = q.get(idName);
    if (method === 'GET' && id === null) {
      const prefix = key; // ends with "|" when the id is empty
      const ids = [...this.docs.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
      return { status: 200, body: JSON.stringify(ids), headers: { 'Content-Type': 'application/json' } };
    }
    if (id === null) return { status: 400, body: `${idName} missing` };
    const stored = this.docs.get(key);
    switch (method) {
      case 'GET':
        if (!stored) return { status: 404 };
        return { status: 200, body: stored.body, headers: { 'Content-Type': stored.contentType, ETag: stored.etag, 'Last-Modified': stored.updated } };
      case 'PUT':
        this.put(key, body, contentType);
        return { status: 204 };
      case 'POST': {
        // §2.1.4: merging needs both to be JSON objects; otherwise 400.
        if (!stored) {
          this.put(key, body, contentType);
          return { status: 204 };
        }
        const [a, b] = [parseObject(stored.body), parseObject(body)];
        if (!a || !b) return { status: 400, body: 'POST merges JSON objects only' };
        this.put(key, JSON.stringify({ ...a, ...b }), 'application/json');
        return { status: 204 };
      }
      case 'DELETE':
        this.docs.delete(key);
        return { status: 204 };
      default:
        return { status: 405 };
    }
  }

  /** A document as the LMS writes it (LMS.LaunchData, learner preferences). */
  write(resource: 'state' | 'profile', params: Record<string, string>, value: unknown): void {
    const q = new URLSearchParams(params);
    const key = this.key(resource, q, resource === 'state' ? 'stateId' : 'profileId');
    if (typeof key !== 'string') throw new Error(key.error);
    this.put(key, JSON.stringify(value), 'application/json');
  }

  read(resource: 'state' | 'profile', params: Record<string, string>): unknown {
    const q = new URLSearchParams(params);
    const key = this.key(resource, q, resource === 'state' ? 'stateId' : 'profileId');
    const stored = typeof key === 'string' ? this.docs.get(key) : undefined;
    return stored ? (JSON.parse(stored.body) as unknown) : null;
  }

  private put(key: string, body: string, contentType: string): void {
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    this.docs.set(key, { body, contentType: contentType || 'application/octet-stream', etag, updated: new Date().toISOString() });
  }
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
