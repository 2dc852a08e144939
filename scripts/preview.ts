/**
 * `npm start`: builds the packages once, then serves an LMS page that runs
 * them with scorm-again and shows every API call and the stored data model.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackages } from './preview/build-packages.js';
import { parseOptions, type PreviewOptions } from './preview/options.js';
import { STAGE_DIR, TARGETS } from './preview/paths.js';
import { startPreviewServer } from './preview/server.js';

const USAGE = 'Usage: npm start [-- --port 8081] [--no-build] [--pass-mark 80 --draw N --attempts N --modules DIR]';

function reportBuildError(error: unknown): false {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  return false;
}

async function main(): Promise<number> {
  let options: PreviewOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.build && !(await buildPackages(options.buildFlags).catch(reportBuildError))) {
    console.error('\nThe build failed (see above): nothing to preview. Fix it, or preview the last staged packages with: npm start -- --no-build');
    return 1;
  }
  const staged = TARGETS.filter((target) => existsSync(join(STAGE_DIR, target, 'index.html')));
  if (staged.length === 0) console.warn(`No staged package in ${STAGE_DIR}: the page will say so until you run npm run build.`);

  const server = await startPreviewServer({ port: options.port, root: STAGE_DIR, log: (line) => console.warn(`  ${line}`) }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      console.error(`Port ${options.port} is in use. Try: npm start -- --port ${options.port + 1}`);
      return null;
    },
  );
  if (!server) return 1;

  console.log(`\nLMS preview: ${server.url}`);
  for (const target of staged) console.log(`  ${target}: ${server.url}?standard=${target}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
