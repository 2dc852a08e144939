/**
 * The build: load and validate the course, then for each target bundle and
 * stage, and only when every target is staged, zip. Nothing is written unless
 * the content has no problems, and a failed build removes the previous
 * packages (stale-packages.ts).
 */
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localizeCourse } from '../../src/content/localize.js';
import type { Course } from '../../src/content/types.js';
import { formatProblem, type Problem } from '../../src/content/validate.js';
import { checkBaseIri, defaultBaseIri } from '../../src/tracking/xapi/iri.js';
import { DEFAULT_LMS, LMS_PROFILES, type LmsId } from '../../src/tracking/lms-profiles.js';
import { catalogueCode, loadCatalogue } from '../../src/components/i18n/catalogues.js';
import { bundle } from './bundle.js';
import { LAZY_ENTRIES } from './lazy-files.js';
import { codeProblems } from './code-problems.js';
import { describeUpdate } from './course-update.js';
import { withDefaultLanguage } from './default-language.js';
import { isError, loadCourse, type AssessmentOverrides } from './load-course.js';
import { OUTLINE_FILE, outlineOf, previousBuild, REMOVED_BUILD_FILE } from './outline.js';
import { packagesIn } from './package-files.js';
import { displayPath } from './paths.js';
import { removePackages } from './stale-packages.js';
import { copyMedia } from './media/copy-media.js';
import { stagePackage } from './stage.js';
import { prerenderFirstScreen } from './prerender.js';
import { fillSite } from '../../src/entries/apply-language.js';
import { stageContent, stageOutline } from './stage-content.js';
import { stageTranslations } from './stage-translations.js';
import { TARGET_IDS, TARGETS, type TargetId } from './targets.js';
import { sourceDate, zipDirectory } from './zip.js';

export interface BuildOptions extends AssessmentOverrides {
  /** Folder holding course.yaml and the NN-name.md module files. Default `modules`. */
  modules?: string;
  /** Output folder for the zips (staging goes to `<out>/.stage/<target>/`). Default `dist`. */
  out?: string;
  /** Default: every target. */
  targets?: TargetId[];
  /** Language the packages start in when the LMS names none the course has (`--language es`). Default: the course's. */
  language?: string;
  /** Base IRI of the xAPI/cmi5 activity ids. Default `https://frontline.example/courses/<course-id>`. */
  baseIri?: string;
  /** The LMS the SCORM packages are tuned for (`--lms`, src/tracking/lms-profiles.ts). Default `moodle`. */
  lms?: LmsId;
  /** Entry per target instead of the table's (tests use a placeholder). */
  entries?: Partial<Record<TargetId, string>>;
  /** A package officers are using (`--previous FILE.zip`), to compare with instead of the one in `out`. */
  previous?: string;
  /** Progress and bundler warnings. Default console.log. */
  log?: (line: string) => void;
}

export interface BuiltPackage {
  target: TargetId;
  standard: string;
  /** Path of the zip as given (relative to the working folder when `out` is). */
  zip: string;
  bytes: number;
  /** Entry names in the zip, sorted. */
  files: string[];
}

export type BuildResult =
  | {
      ok: true;
      course: Course;
      packages: BuiltPackage[];
      problems: [];
      /** Problems that do not stop the build (a stale translation, a stray file); also logged. */
      warnings: Problem[];
      /** What replacing the previous build means for officers in progress (course-update.ts). */
      update: string[];
    }
  | {
      ok: false;
      problems: Problem[];
      /** Packages of the previous build removed from the out folder, so none is uploaded by mistake. */
      removed: string[];
    };

/** A build that stopped on an error (a bad option, a bundling error): the previous packages are gone too. */
export class BuildError extends Error {
  constructor(
    cause: unknown,
    /** As in a failed `BuildResult`. */
    readonly removed: string[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const out = options.out ?? 'dist';
  let result: Awaited<ReturnType<typeof buildPackages>>;
  try {
    result = await buildPackages(options);
  } catch (error) {
    throw new BuildError(error, await removePackages(out));
  }
  return result.ok ? result : { ...result, removed: await removePackages(out) };
}

async function buildPackages(options: BuildOptions): Promise<BuildResult | { ok: false; problems: Problem[] }> {
  const { modules = 'modules', out = 'dist', targets = TARGET_IDS, log = console.log } = options;
  const overrides: AssessmentOverrides = { passMark: options.passMark, draw: options.draw, attempts: options.attempts };
  const loaded = await loadCourse(modules, overrides);
  const problems = loaded.problems.some(isError) ? loaded.problems : [...loaded.problems, ...codeProblems(loaded.course, modules)];
  if (problems.some(isError)) return { ok: false, problems };
  // Warnings (a stale translation, a stray file) are reported, and the packages are built.
  for (const warning of problems) log(formatProblem(warning));
  const { course, problems: languageProblems } = withDefaultLanguage(withReleaseDate(loaded.course), options.language);
  if (languageProblems.length > 0) return { ok: false, problems: languageProblems };
  // The launch page and the manifest title are what the LMS and the learner see before the
  // player starts: in a Spanish build, Spanish (and <html lang="es">).
  const shown = localizeCourse(course, course.defaultLanguage ?? course.language);
  // The cover and first lesson a new learner sees, drawn once for every package (prerender.ts).
  const firstScreen = prerenderFirstScreen(fillSite(shown), await loadCatalogue(shown.language));
  const baseIri = options.baseIri ?? defaultBaseIri(course.id);
  const badIri = checkBaseIri(baseIri);
  if (badIri) throw new Error(`--base-iri ${baseIri} ${badIri}`);

  // Read before this build replaces the packages in `out`.
  const outline = outlineOf(course);
  const update = describeUpdate(await previousBuild(out, options.previous), outline);

  // Targets are bundled concurrently: terser minifies in worker threads while the
  // next target's rollup work runs here, so the build uses both cores.
  // Every target finishes before an error stops the build: one still bundling would write into
  // the staging folder a failed build removes.
  const staged = await allFinished(targets.map(async (id) => {
    const target = TARGETS[id];
    const stage = resolve(out, '.stage', id);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    // The outline, module content, the bank and the translations are files beside the bundle.
    const bundled = stageTranslations(stageContent(course, stage), stage);
    const outlineFile = stageOutline(bundled, stage);
    const { preload: code } = await bundle({ target, course: bundled, outline: outlineFile, baseIri, lms: LMS_PROFILES[options.lms ?? DEFAULT_LMS], entry: options.entries?.[id], lazyFiles: options.entries?.[id] === undefined, outDir: stage, onWarning: (m) => log(`warning (${id}): ${m}`) });
    writeFileSync(join(stage, OUTLINE_FILE), `${JSON.stringify(outline, null, 1)}\n`);
    // Before the manifest is written, so it lists the pictures (the site's logo among them), drawn in the firm's colours.
    copyMedia({ courseFolder: resolve(modules), media: loaded.media, dir: stage, brand: course.brand ?? {} });
    stagePackage({ target, course: shown, dir: stage, baseIri, preload: { code: [...code, ...startStrings(shown.language, code)], content: [outlineFile.file, ...firstContent(bundled, shown.language)] }, firstScreen });
    return { id, target, stage };
  }));
  // Every target staged: only now is a package replaced, so a bundling error leaves no new zip beside old ones.
  const packages = await Promise.all(staged.map(async ({ id, target, stage }): Promise<BuiltPackage> => {
    const zip = join(out, `${course.id}-${id}.zip`);
    removeOtherPackages(out, id, zip);
    const files = await zipDirectory(stage, zip);
    if ('folder' in target && target.folder) copyFolder(stage, join(out, `${course.id}-${id}`));
    return { target: id, standard: target.standard, zip, bytes: statSync(zip).size, files };
  }));
  // The new packages hold the outline now.
  rmSync(join(out, REMOVED_BUILD_FILE), { force: true });
  return { ok: true, course, packages, problems: [], warnings: problems, update };
}

/**
 * A course without a `release` names the build's day as its release, when the
 * build has one that the sources give (SOURCE_DATE_EPOCH): the wall clock would
 * make every build's packages differ.
 */
function withReleaseDate(course: Course): Course {
  const date = sourceDate();
  return course.release || !date ? course : { ...course, releaseDate: date.toISOString().slice(0, 10) };
}

/**
 * The file a new learner's first lesson needs, in the language the package starts in: fetched by the launch page
 * while the bundle downloads, it saves the first lesson a round trip on a slow network.
 */
function firstContent(outline: Course, language: string): string[] {
  const first = outline.modules[0];
  const path = first ? outline.content?.[language]?.modules[first.id] : undefined;
  return path ? [path] : [];
}

/** The interface strings of the language the package starts in, when they are a lazy file (a `--language es` build): the first screen needs them. */
function startStrings(language: string, code: readonly string[]): string[] {
  const lazy = catalogueCode(language);
  return lazy && code.length > 0 ? [LAZY_ENTRIES[lazy].file] : [];
}

/** Like Promise.all, but rejects with the first error only once every promise has settled. */
async function allFinished<T>(promises: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** The unzipped package, replacing an older copy. */
function copyFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/** One package per target in the out folder: a zip left from another course id would be ambiguous. */
function removeOtherPackages(out: string, target: TargetId, keep: string): void {
  mkdirSync(out, { recursive: true });
  for (const p of packagesIn(out)) {
    // The unzipped copy of another course's web package, too.
    const zip = join(out, p.kind === 'zip' ? p.name : `${p.name}.zip`);
    if (p.target === target && zip !== keep) rmSync(join(out, p.name), { recursive: true, force: true });
  }
}

/** The summary printed after a build: one row per zip. */
export function summaryTable(course: Course, packages: BuiltPackage[]): string {
  const rows = [
    ['file', 'size', 'standard', 'pass mark', 'version'],
    ...packages.map((p) => [displayPath(p.zip), `${(p.bytes / 1024).toFixed(1)} KB`, p.standard, `${course.assessment.passMark}%`, course.version]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
