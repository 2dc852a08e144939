/**
 * Bundles one browser entry into minified ES modules: `app.js`, which finds
 * the course outline's file through `import outline from 'virtual:outline'`,
 * the lazy files beside it and the chunks they share (lazy-files.ts).
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
import { APP_FILE, appImports, CHUNK_FOLDER, LAZY_ENTRIES, lazyCodeByUrl } from './lazy-files.js';
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

/** Where the staged course outline is and its version (stage-content.ts `stageOutline`). */
export interface OutlineFile {
  file: string;
  version: string;
}

/** Resolves `virtual:outline` to the outline file's path and version (src/content/virtual-outline.d.ts). */
export function virtualOutline(outline: OutlineFile): Plugin {
  return virtualModule('virtual:outline', () => `export default ${JSON.stringify(outline)};`);
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
  /** The staged outline of `course`, which app.js fetches. */
  outline: OutlineFile;
  /** Base IRI of xAPI activity ids; default `defaultBaseIri(course.id)`. */
  baseIri?: string;
  /** The LMS preset; default Moodle's. */
  lms?: LmsProfile;
  /** The package's folder: app.js, the lazy files and `code/` go there. */
  outDir: string;
  /** Build the player's lazy files beside app.js (lazy-files.ts); off for a stand-in entry that is not the player. Default on. */
  lazyFiles?: boolean;
  /** Receives bundler warnings and the file they concern (types are not checked here: `npm run typecheck`). */
  onWarning?: (message: string, file?: string) => void;
}

/** esbuild options for one entry. */
export function bundleOptions(o: BundleOptions): EsbuildOptions {
  return {
    entryPoints: [
      { in: resolve(ROOT, o.entry), out: APP_FILE.replace(/\.js$/, '') },
      ...(o.lazyFiles === false ? [] : Object.values(LAZY_ENTRIES)).map(({ source, file }) => ({ in: resolve(ROOT, source), out: file.replace(/\.js$/, '') })),
    ],
    outdir: o.outDir,
    bundle: true,
    // Code app.js and a lazy file both use goes into shared chunks, loaded once (ES modules).
    splitting: true,
    chunkNames: `${CHUNK_FOLDER}/[name]-[hash]`,
    metafile: true,
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
    plugins: [lazyCodeByUrl(), virtualOutline(o.outline), virtualPackage({ baseIri: o.baseIri ?? defaultBaseIri(o.course.id), lms: o.lms ?? LMS_PROFILES[DEFAULT_LMS] })],
  };
}

/** Bundles `target.entry` (or `entry`) into `outDir`; returns the files app.js imports, for the launch page to preload. */
export async function bundle(options: Omit<BundleOptions, 'entry'> & { target: Target; entry?: string }): Promise<{ preload: string[] }> {
  const entry = options.entry ?? options.target.entry;
  if (!existsSync(join(ROOT, entry))) throw new Error(`${entry} does not exist: the ${options.target.id} target bundles it`);
  const report = options.onWarning ?? ((m: string) => console.warn(m));
  try {
    const result = await esbuild(bundleOptions({ ...options, entry }));
    for (const w of result.warnings) report(w.text, w.location?.file);
    return { preload: appImports(result.metafile!, options.outDir) };
  } catch (error) {
    // esbuild's error lists each message; say the first plainly, with its file.
    const first = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors?.[0];
    if (first) throw new Error(`${first.location ? `${first.location.file}: ` : ''}${first.text}`, { cause: error });
    throw error;
  }
}
