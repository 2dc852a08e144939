/**
 * Bundles one browser entry into a single minified ES module (`app.js`) with
 * the course compiled in through `import course from 'virtual:course'`.
 */
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rollup, type OutputOptions, type Plugin, type RollupLog, type RollupOptions } from 'rollup';
import type { Course } from '../../src/content/types.js';
import { defaultBaseIri } from '../../src/tracking/xapi/iri.js';
import { DEFAULT_LMS, LMS_PROFILES, type LmsProfile } from '../../src/tracking/lms-profiles.js';
import { ROOT } from './paths.js';
import type { Target } from './targets.js';

const VIRTUAL_COURSE = 'virtual:course';
const RESOLVED = `\0${VIRTUAL_COURSE}`; // \0: rollup convention, keeps other plugins away
const VIRTUAL_PACKAGE = 'virtual:package';
const RESOLVED_PACKAGE = `\0${VIRTUAL_PACKAGE}`;

/**
 * Resolves `virtual:course` to the validated, version-stamped course. JSON.parse
 * of a string literal parses faster than an object literal and cannot run code.
 */
export function virtualCourse(course: Course): Plugin {
  return {
    name: 'frontline-virtual-course',
    resolveId: (source) => (source === VIRTUAL_COURSE ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(course))});` : null),
  };
}

/** Package options the entries read at run time (src/entries/virtual-package.d.ts). */
export interface PackageOptions {
  baseIri: string;
  lms: LmsProfile;
}

/** Resolves `virtual:package` to the build's package options. */
export function virtualPackage(options: PackageOptions): Plugin {
  return {
    name: 'frontline-virtual-package',
    resolveId: (source) => (source === VIRTUAL_PACKAGE ? RESOLVED_PACKAGE : null),
    load: (id) => (id === RESOLVED_PACKAGE ? `export default ${JSON.stringify(options)};` : null),
  };
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
  /** Receives rollup warnings (TypeScript diagnostics arrive here too) and the file they concern. */
  onWarning?: (message: string, file?: string) => void;
}

/** Rollup options for one entry; shared by `bundle()` and rollup.config.mjs. */
export function rollupOptions(o: BundleOptions): RollupOptions & { output: OutputOptions } {
  return {
    input: resolve(ROOT, o.entry),
    plugins: [
      virtualCourse(o.course),
      virtualPackage({ baseIri: o.baseIri ?? defaultBaseIri(o.course.id), lms: o.lms ?? LMS_PROFILES[DEFAULT_LMS] }),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: join(ROOT, 'tsconfig.json'),
        // The project tsconfig is for type checking (noEmit); the bundle needs emitted JS only.
        compilerOptions: { noEmit: false, noCheck: true, declaration: false, declarationMap: false, sourceMap: false, incremental: false },
        outputToFilesystem: false,
        // This filter also picks the TypeScript program's root files: src/ and the entry,
        // not the tests the tsconfig covers too (faster, and no test diagnostics in a build).
        include: ['src/**/*.ts', o.entry],
        filterRoot: ROOT,
      }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
    onLog: (level, log: RollupLog) => {
      if (level === 'warn') (o.onWarning ?? ((m) => console.warn(m)))(log.message, log.loc?.file);
    },
    output: { file: o.outFile, format: 'es', inlineDynamicImports: true, sourcemap: false },
  };
}

/** Bundles `target.entry` (or `entry`) into `outFile`. */
export async function bundle(options: Omit<BundleOptions, 'entry'> & { target: Target; entry?: string }): Promise<void> {
  const entry = options.entry ?? options.target.entry;
  if (!existsSync(join(ROOT, entry))) throw new Error(`${entry} does not exist: the ${options.target.id} target bundles it`);
  // The TypeScript plugin type-checks all of src/; report only the diagnostics about
  // files in this bundle (`npm run typecheck` covers the rest).
  const warnings: { message: string; file?: string }[] = [];
  const { output, ...input } = rollupOptions({ ...options, entry, onWarning: (message, file) => void warnings.push({ message, file }) });
  const build = await rollup(input);
  try {
    await build.write(output);
  } finally {
    await build.close();
  }
  const bundled = new Set(build.watchFiles);
  const report = options.onWarning ?? ((m: string) => console.warn(m));
  for (const w of warnings) if (w.file === undefined || bundled.has(w.file)) report(w.message, w.file);
}
