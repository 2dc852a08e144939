/**
 * The live preview: the preview server, a watch on the course folder, and the
 * builds in between. After a change only the package on screen is rebuilt,
 * and every open page hears the outcome (it reloads the course or shows the
 * problems). Used by `npm start` and by the browser tests.
 */
import { join, resolve } from 'node:path';
import { buildPackage } from './build-package.js';
import { EventStream } from './event-stream.js';
import { liveRoutes } from './live-routes.js';
import type { BuildFlags } from './options.js';
import { PackageBuilds, type PackageStatus } from './package-builds.js';
import { PREVIEW_OUT } from './paths.js';
import { startPreviewServer } from './server.js';
import { TestLrs } from './test-lrs.js';
import { watchFolder, type FolderWatch } from './watch-folder.js';

export interface LivePreviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** The build's options; `modules` is also the folder watched (default `modules`). */
  flags: BuildFlags;
  /** Build folder. Default .cache/preview. */
  out?: string;
  log?: (line: string) => void;
}

export interface LivePreview {
  url: string;
  port: number;
  close(): Promise<void>;
}

function describe(status: PackageStatus): string {
  if (status.state === 'building') return `Building ${status.target}${status.language ? ` (${status.language})` : ''}…`;
  if (status.ok) return `Built ${status.target}: "${status.title}" version ${status.version}, languages ${status.languages.join(', ')}.`;
  return [`The ${status.target} build failed:`, ...status.problems.map((p) => `  ${p}`)].join('\n');
}

export async function startLivePreview(options: LivePreviewOptions): Promise<LivePreview> {
  const { flags, log = console.log } = options;
  const out = options.out ?? PREVIEW_OUT;
  const modules = flags.modules ?? 'modules';
  const events = new EventStream();
  const builds = new PackageBuilds(
    (request) => buildPackage(request, { flags: { ...flags, modules }, out, log: (line) => log(`  ${line}`) }),
    (status) => {
      events.send(status);
      log(describe(status));
    },
  );
  const lrs = new TestLrs();
  const server = await startPreviewServer({ port: options.port, root: join(out, '.stage'), log: (line) => log(`  ${line}`), routes: liveRoutes({ events, builds, lrs }) });
  let watch: FolderWatch = { close() {} };
  try {
    watch = watchFolder(resolve(modules), (files) => {
      log(`Changed: ${files.join(', ')}`);
      void builds.sourcesChanged();
    });
    log(`Watching ${modules}: save a file and the course reloads.`);
  } catch (error) {
    // No such folder: the build says so in the page; restart once it exists.
    log(`Not watching ${modules}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    url: server.url,
    port: server.port,
    async close() {
      watch.close();
      events.close();
      await Promise.all([server.close(), lrs.stop()]);
    },
  };
}
