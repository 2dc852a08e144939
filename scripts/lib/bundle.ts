/**
 * Bundles one browser entry into a single minified ES module (`app.js`) with
 * the course compiled in through `import course from 'virtual:course'`.
 *
 * esbuild, transpile only: each file's types are dropped and nothing is
 * checked (`npm run typecheck` and `npm test` check the types). A program of
 * all of src/ per target was most of the build's time (issue 13).
 */
import { build as esbuild, type BuildOptions as EsbuildOptions, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Course } from '../../src/content/types.js';
import { defaultBaseIri } from '../../src/tracking/xapi/iri.js';
import { DEFAULT_LMS, LMS_PROFILES, type LmsProfile } from '../../src/tracking/lms-profiles.js';
import { ROOT } from './paths.js';
import type { Target } from './targets.js';

/** A module made by the build, not read from disk: `import x from '<name>'` gets `source`. */
export function virtualModule(name: string, source: () => string): Plugin {
  const filter = new RegExp(`^${name.replace(/[.:]/g, '\\$&')}$`);
  return {
    name: `frontline-${name}`,
    setup(build) {
      build.onResolve({ filter }, () => ({ path: name, namespace: 'frontline-virtual' }));
      build.onLoad({ filter, namespace: 'frontline-virtual' }, () => ({ contents: source(), loader: 'js' }));
    },
  };
}

/**
 * Resolves `virtual:course` to the validated, version-stamped course. JSON.parse
 * of a string literal parses faster than an object literal and cannot run code.
 */
export function virtualCourse(course: Course): Plugin {
  return virtualModule('virtual:course', () => `export default JSON.parse(${JSON.stringify(JSON.stringify(course))});`);
}

/** Package options the entries read at run time (src/entries/virtual-package.d.ts). */
export interface PackageOptions {
  baseIri: string;
  lms: LmsProfile;
}

/** Resolves `virtual:package` to the build's package options. */
export function virtualPackage(options: PackageOptions): Plugin {
  return virtualModule('virtual:package', () => `export default ${JSON.stringify(options)};`);
}

export interface BundleOptions {
  /** The entry file, relative to the project root. */
  entry: string;
  course: Course;
  /** Base IRI of xAPI activity ids; default `defaultBaseIri(course.id)`. */
  baseIri?: string;
  /** The LMS preset; default Moodle's. */
  lms?: LmsProfile;
  outFile: string;
  /** Receives bundler warnings and the file they concern (types are not checked here: `npm run typecheck`). */
  onWarning?: (message: string, file?: string) => void;
}

/** esbuild options for one entry. */
export function bundleOptions(o: BundleOptions): EsbuildOptions {
  return {
    entryPoints: [resolve(ROOT, o.entry)],
    outfile: o.outFile,
    bundle: true,
    // One file per package: a dynamic import is inlined, as no splitting is asked for.
    format: 'esm',
    platform: 'browser',
    // Matches tsconfig.json's target; Chromium, Firefox and Safari of the last years run it.
    target: 'es2021',
    // Decorators and class fields follow tsconfig.json (experimentalDecorators,
    // useDefineForClassFields: false), so Lit's @property and @state behave as under tsc.
    tsconfig: join(ROOT, 'tsconfig.json'),
    // Lit's production build, not its dev mode (lit.dev/docs/tools/development/#development-and-production-builds).
    conditions: ['production'],
    minify: true,
    legalComments: 'none',
    sourcemap: false,
    // Same input, same bytes: the zips stay reproducible.
    logLevel: 'silent',
    write: true,
    plugins: [virtualCourse(o.course), virtualPackage({ baseIri: o.baseIri ?? defaultBaseIri(o.course.id), lms: o.lms ?? LMS_PROFILES[DEFAULT_LMS] })],
  };
}

/** Bundles `target.entry` (or `entry`) into `outFile`. */
export async function bundle(options: Omit<BundleOptions, 'entry'> & { target: Target; entry?: string }): Promise<void> {
  const entry = options.entry ?? options.target.entry;
  if (!existsSync(join(ROOT, entry))) throw new Error(`${entry} does not exist: the ${options.target.id} target bundles it`);
  const report = options.onWarning ?? ((m: string) => console.warn(m));
  try {
    const result = await esbuild(bundleOptions({ ...options, entry }));
    for (const w of result.warnings) report(w.text, w.location?.file);
  } catch (error) {
    // esbuild's error lists each message; say the first plainly, with its file.
    const first = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors?.[0];
    if (first) throw new Error(`${first.location ? `${first.location.file}: ` : ''}${first.text}`, { cause: error });
    throw error;
  }
}
