/**
 * The preview page's live routes: `/events` (build status as server-sent
 * events), `/api/package` (build the package the page shows, if the course
 * changed since) and `/api/lrs` (where the test LRS and cmi5 LMS listen).
 */
import type { ServerResponse } from 'node:http';
import { isTargetId } from '../lib/targets.js';
import type { EventStream } from './event-stream.js';
import type { PackageBuilds } from './package-builds.js';
import type { RouteHandler } from './server.js';
import type { TestLrs } from './test-lrs.js';

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

export function liveRoutes({ events, builds, lrs }: { events: EventStream; builds: PackageBuilds; lrs: TestLrs }): Record<string, RouteHandler> {
  return {
    '/events': (_req, res) => events.add(res),
    '/api/package': async (_req, res, query) => {
      const target = query.get('target') ?? '';
      if (!isTargetId(target)) return sendJson(res, 400, { error: `unknown package "${target}"` });
      sendJson(res, 200, await builds.request({ target, language: query.get('language') || null }));
    },
    '/api/lrs': async (_req, res) => {
      try {
        sendJson(res, 200, { front: await lrs.front() });
      } catch (error) {
        sendJson(res, 503, { error: `the test LRS did not start: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
  };
}
