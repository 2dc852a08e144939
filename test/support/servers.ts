// Starts the tests' LRS (xapi-statements) and the front server before the
// browser tests and stops them after; web-test-runner.config.mjs runs this
// as a plugin, so `npm test` needs no manual step. Everything binds 127.0.0.1.
import type { Server } from 'node:http';
import { startFront } from './front.js';
import { startLrs, type RunningLrs } from './lrs.js';

export interface Support {
  /** The front server's origin; the browser tests read it from /__support.json. */
  front: string;
  stop(): Promise<void>;
}

export async function startSupport(): Promise<Support> {
  let lrs: RunningLrs | null = null;
  const front = await startFront({
    lrsEndpoint: () => {
      if (!lrs) throw new Error('the LRS is not running');
      return lrs.endpoint;
    },
  });
  try {
    lrs = await startLrs({ clientInfoUrl: `${front.url}/auth/client` });
  } catch (error) {
    await close(front.server);
    throw error;
  }
  return {
    front: front.url,
    async stop() {
      await Promise.all([lrs?.stop(), close(front.server)]);
    },
  };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A web-test-runner plugin: servers up for the whole run, their address at /__support.json. */
export function supportServersPlugin() {
  let support: Support | null = null;
  return {
    name: 'frontline-support-servers',
    async serverStart() {
      support = await startSupport();
    },
    async serverStop() {
      await support?.stop();
    },
    serve(context: { path: string }) {
      if (context.path !== '/__support.json') return undefined;
      return { body: JSON.stringify({ front: support?.front ?? null }), type: 'json' };
    },
  };
}
