/**
 * `npm start`: the live preview. Serves an LMS page that runs any package
 * (SCORM 1.2 and 2004 with scorm-again, xAPI and cmi5 against the test LRS,
 * the web build), rebuilds the package on screen whenever a file in the
 * course folder changes, and opens it in the browser.
 */
import { startLivePreview } from './preview/live-preview.js';
import { openBrowser } from './preview/open-browser.js';
import { parseOptions, type PreviewOptions } from './preview/options.js';

const USAGE = 'Usage: npm start [-- --port 8081] [--no-open] [--modules DIR --language es --lms moodle --pass-mark 80 --draw N --attempts N]';

async function main(): Promise<number> {
  let options: PreviewOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const preview = await startLivePreview({ port: options.port, flags: options.buildFlags }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${options.port} is in use. Try: npm start -- --port ${options.port + 1}`);
    return null;
  });
  if (!preview) return 1;

  console.log(`\nLive preview: ${preview.url}`);
  console.log('Press Ctrl+C to stop.');
  if (options.open && !openBrowser(preview.url)) console.log('(No browser to open here: open the address above yourself.)');
  const stop = () => void preview.close().then(() => process.exit(0));
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
