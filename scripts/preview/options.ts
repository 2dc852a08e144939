/**
 * Command-line options of `npm start`:
 *   --port N (or PORT=N), --no-open, and the build's own course options
 *   (--pass-mark, --draw, --attempts, --modules, --language, --lms), passed on to `build()`.
 */
import { parseArgs } from 'node:util';
import { isLmsId, LMS_IDS, type LmsId } from '../../src/tracking/lms-profiles.js';

export interface BuildFlags {
  passMark?: number;
  draw?: number;
  attempts?: number;
  modules?: string;
  /** The language the previewed packages start in, e.g. es. */
  language?: string;
  /** The LMS preset the packages are built for, e.g. moodle. */
  lms?: LmsId;
}

export interface PreviewOptions {
  port: number;
  /** false with `--no-open`: print the address but start no browser. */
  open: boolean;
  buildFlags: BuildFlags;
}

export const DEFAULT_PORT = 8080;

function parsePort(text: string, from: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`${from}: "${text}" is not a port number (0–65535)`);
  return port;
}

function parseNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === '' || !Number.isFinite(Number(text))) throw new Error(`--${flag} must be a number, not "${text}"`);
  return Number(text);
}

/** Throws with a readable message on an unknown flag or a bad value. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = {}): PreviewOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      'pass-mark': { type: 'string' },
      draw: { type: 'string' },
      attempts: { type: 'string' },
      modules: { type: 'string' },
      language: { type: 'string' },
      lms: { type: 'string' },
    },
  });
  const buildFlags: BuildFlags = {};
  const passMark = parseNumber(values['pass-mark'], 'pass-mark');
  const draw = parseNumber(values.draw, 'draw');
  const attempts = parseNumber(values.attempts, 'attempts');
  if (passMark !== undefined) buildFlags.passMark = passMark;
  if (draw !== undefined) buildFlags.draw = draw;
  if (attempts !== undefined) buildFlags.attempts = attempts;
  if (values.modules !== undefined) buildFlags.modules = values.modules;
  if (values.language !== undefined) buildFlags.language = values.language;
  if (values.lms !== undefined) {
    if (!isLmsId(values.lms)) throw new Error(`unknown --lms ${values.lms}: use ${LMS_IDS.join(', ')}`);
    buildFlags.lms = values.lms;
  }

  const port = values.port !== undefined ? parsePort(values.port, '--port') : env.PORT ? parsePort(env.PORT, 'PORT') : DEFAULT_PORT;
  return { port, open: !values['no-open'], buildFlags };
}
