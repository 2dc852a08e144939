// Starts the real LRS (Learning Locker's `xapi-statements`) as a child
// process on 127.0.0.1 and stops it. It keeps everything in memory; access
// logs go to a folder under .cache.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningLrs {
  /** Base URL of the xAPI endpoint, ending with "/" (…/xAPI/). */
  endpoint: string;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function startLrs(options: { clientInfoUrl: string; dir?: string }): Promise<RunningLrs> {
  const dir = options.dir ?? join(ROOT, '.cache', 'lrs');
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = fork(join(ROOT, 'test/support/lrs-process.cjs'), [], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      ...process.env,
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      // Credentials are checked by asking our front server (the "fetch" auth repo).
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: options.clientInfoUrl,
      EVENTS_REPO: 'test',
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'access-logs'),
      FS_LOCAL_STORAGE_DIR: join(dir, 'storage'),
      WINSTON_CONSOLE_LEVEL: 'error',
      // Answer a POST once the statements are stored, so a GET right after sees them.
      SERVICE_AWAIT_UPDATES: 'true',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-4000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start within 30 s:\n${stderr}`)), 30_000);
    child.once('message', (m: { port?: number }) => {
      clearTimeout(timer);
      if (typeof m?.port === 'number') resolve(m.port);
      else reject(new Error('the LRS sent no port'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the LRS exited (${code}) before listening:\n${stderr}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
