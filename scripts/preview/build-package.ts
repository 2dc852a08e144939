/**
 * Builds one package for the preview with the project's own `build()`, into
 * the preview's folder (not dist/, which holds what the trainer uploads), and
 * turns the outcome into what the page shows: the course's languages, or the
 * problems one per line as `npm run build` prints them.
 */
import { courseLanguages } from '../../src/content/language.js';
import { formatProblem } from '../../src/content/validate-read.js';
import { build } from '../lib/build.js';
import type { TargetId } from '../lib/targets.js';
import type { BuildFlags } from './options.js';

export interface PackageRequest {
  target: TargetId;
  /** The language the package starts in (`--language`); null: the command line's, else the course's. */
  language: string | null;
}

export type BuildOutcome =
  | { ok: true; title: string; version: string; languages: string[]; warnings: string[] }
  | { ok: false; problems: string[] };

export interface PackageBuildOptions {
  flags: BuildFlags;
  /** The preview's build folder; packages are staged in `<out>/.stage/<target>/`. */
  out: string;
  log?: (line: string) => void;
}

export async function buildPackage(request: PackageRequest, options: PackageBuildOptions): Promise<BuildOutcome> {
  const { flags, out, log = () => {} } = options;
  try {
    const result = await build({ ...flags, language: request.language ?? flags.language, out, targets: [request.target], log });
    if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
    const { course } = result;
    return { ok: true, title: course.title, version: course.version, languages: courseLanguages(course), warnings: result.warnings.map(formatProblem) };
  } catch (error) {
    // A module the bundler cannot compile, an unreadable file: still a message in the page, not a dead server.
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}
