import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './scripts/ensure-system-tools.mjs';
import { countingReporter } from './scripts/lib/counting-reporter.mjs';
import { tsImport } from 'tsx/esm/api';

// The LRS (xapi-statements) and the test LMS/LRS front server, on 127.0.0.1, for the whole run.
const { supportServersPlugin } = await tsImport('./test/support/servers.ts', import.meta.url);
// The live preview (`npm start`) on a temp course, proxied under /__preview/ (test/support/preview-harness.ts).
const { previewHarness } = await tsImport('./test/support/preview-harness.ts', import.meta.url);
const preview = previewHarness();
// The SCORM 1.2 package under a Moodle-like pluginfile.php path, with injectable failures (test/support/moodle-path.ts).
const { moodlePathMiddleware } = await tsImport('./test/support/moodle-path.ts', import.meta.url);

/** `executeServerCommand('save-screenshot', { name })`: a page cannot capture itself; puppeteer can. */
function screenshotPlugin() {
  return {
    name: 'save-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      // A plain name keeps every file under .cache/screenshots/.
      const name = String(payload?.name ?? '');
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`save-screenshot: "${name}" is not a plain lowercase name`);
      mkdirSync('.cache/screenshots', { recursive: true });
      await session.browser.getPage(session.id).screenshot({ path: `.cache/screenshots/${name}.png` });
      return true;
    },
  };
}

/**
 * `executeServerCommand('forced-colors', { active })`: Windows High Contrast, emulated through puppeteer.
 * The stock `emulateMedia` command cannot set `forced-colors` with the chrome launcher.
 */
function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const active = payload?.active === true;
      await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: active ? 'active' : 'none' }]);
      return true;
    },
  };
}

/**
 * `executeServerCommand('print-pdf', { format: 'A4' | 'Letter' })`: the page printed as Chromium prints it
 * (the page's @page rules apply); returns how many sheets it takes and the first one's size in points.
 * Print emulation cannot count pages.
 */
function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      const format = payload?.format === 'Letter' ? 'Letter' : 'A4';
      const page = session.browser.getPage(session.id);
      // An emulated media type (emulateMedia) would apply to the PDF too: print as a printer does, then clear it.
      await page.emulateMediaType('print');
      const pdf = Buffer.from(await page.pdf({ format }));
      await page.emulateMediaType(null);
      const text = pdf.toString('latin1');
      // Each sheet is one "/Type /Page" object (ISO 32000-1 7.7.3.3; "/Type /Pages" is their tree), sized by its MediaBox.
      const [, , , width = 0, height = 0] = (/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(text) ?? []).map(Number);
      return { pages: (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length, widthPt: width, heightPt: height };
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts'],
  // Lit's production build: its development build logs "Lit is in dev mode" once per test file.
  nodeResolve: { exportConditions: ['production'] },
  hostname: '127.0.0.1',
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  middleware: [preview.middleware, moodlePathMiddleware()],
  plugins: [supportServersPlugin(), preview.plugin, screenshotPlugin(), forcedColorsPlugin(), printPdfPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('.cache/wtr-summary.json')],
};
