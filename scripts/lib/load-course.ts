/**
 * Loads a course from its folder: `course.ts` plus every `NN-name.ts` module
 * file in file-name order, and the translations in `<language>/` subfolders
 * (the same file names), validates it and stamps the content version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CourseTranslation } from '../../src/content/translation.js';
import type { AssessmentConfig, Course } from '../../src/content/types.js';
import { validateCourse, type CourseFile, type Problem, type TranslationInput } from '../../src/content/validate.js';
import { canonicalJson, VERSION_LENGTH } from '../../src/content/version.js';
import { displayPath } from './paths.js';

/** A trainer adds a module by adding a file named like this. */
export const MODULE_FILE = /^\d\d-[a-z0-9-]+\.ts$/;

/** Assessment settings the build may override from the command line. */
export type AssessmentOverrides = Partial<Pick<AssessmentConfig, 'passMark' | 'draw' | 'attempts'>>;
const OVERRIDE_FLAGS: Record<keyof AssessmentOverrides, string> = { passMark: '--pass-mark', draw: '--draw', attempts: '--attempts' };

export interface LoadedCourse {
  /** Only trustworthy when `problems` is empty. */
  course: Course;
  problems: Problem[];
}

/** First 12 hex characters of sha256 over the canonical JSON of the content: one changed word changes it. */
export function contentVersion(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, VERSION_LENGTH);
}

export async function loadCourse(dir = 'modules', overrides: AssessmentOverrides = {}): Promise<LoadedCourse> {
  const problems: Problem[] = [];
  const folder = resolve(dir);
  const shown = displayPath(folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    problems.push({ file: shown, path: '', message: 'is not a folder', fix: 'point --modules at the folder holding course.ts' });
    return { course: {} as Course, problems };
  }

  const names = readdirSync(folder).sort();
  misnamedModules(folder, names, problems);

  const loadProblems = problems.length;
  const config = await importDefault(join(folder, 'course.ts'), problems);
  const modules: CourseFile[] = [];
  for (const name of names.filter((n) => MODULE_FILE.test(n))) modules.push(await importDefault(join(folder, name), problems));
  const translations: TranslationInput[] = [];
  for (const name of names.filter((n) => isTranslationFolder(join(folder, n)))) translations.push(await loadTranslation(join(folder, name), problems));
  // A file that did not load has one problem already; its empty stand-in would only add noise.
  const unloaded = new Set(problems.slice(loadProblems).map((p) => p.file));

  const configValue = applyOverrides(config.value, overrides);
  const found = validateCourse({ config: { file: config.file, value: configValue }, modules, translations });
  problems.push(...found.filter((p) => !unloaded.has(p.file)).map((p) => blameOverride(p, config.file, overrides)));

  // Translations are content: the version covers them, so a changed Spanish word is a new version too.
  const translated = assembleTranslations(translations, modules);
  const content = { ...(configValue as object), modules: modules.map((m) => m.value), ...(translated && { translations: translated }) };
  const course = { ...content, version: contentVersion(content) } as Course;
  return { course, problems };
}

/** Files starting with digits that the module pattern leaves out: the author meant them as modules. */
function misnamedModules(folder: string, names: string[], problems: Problem[]): void {
  for (const name of names.filter((n) => /^\d/.test(n) && n.endsWith('.ts') && !MODULE_FILE.test(n))) {
    problems.push({
      file: `${displayPath(folder)}/${name}`,
      path: '',
      message: 'is not included in the course',
      fix: `name module files NN-name.ts (two digits, a hyphen, lowercase letters, digits and hyphens), e.g. ${moduleFileName(name)}`,
    });
  }
}

/** A subfolder holding .ts files is a translation (`modules/es/`); one without (assets) is not. */
function isTranslationFolder(path: string): boolean {
  return statSync(path).isDirectory() && readdirSync(path).some((n) => n.endsWith('.ts'));
}

async function loadTranslation(dir: string, problems: Problem[]): Promise<TranslationInput> {
  const names = readdirSync(dir).sort();
  misnamedModules(dir, names, problems);
  const config = existsSync(join(dir, 'course.ts')) ? await importDefault(join(dir, 'course.ts'), problems) : null;
  const modules: CourseFile[] = [];
  for (const name of names.filter((n) => MODULE_FILE.test(n))) modules.push(await importDefault(join(dir, name), problems));
  return { language: basename(dir), folder: displayPath(dir), config, modules };
}

/**
 * `course.translations`: per language, the course texts plus each module's
 * translation under the module's id (the id is what the player looks up; the
 * file name, which pairs them here, is gone by then). Undefined when there are
 * none, so a course without translations keeps the version it had before.
 */
function assembleTranslations(inputs: TranslationInput[], modules: CourseFile[]): Record<string, CourseTranslation> | undefined {
  if (inputs.length === 0) return undefined;
  const idOf = new Map(modules.map((m) => [basename(m.file), (m.value as { id?: unknown } | undefined)?.id]));
  return Object.fromEntries(
    inputs.map((t) => {
      const translated = t.modules.flatMap((m) => {
        const id = idOf.get(basename(m.file));
        return typeof id === 'string' ? [[id, m.value] as const] : [];
      });
      return [t.language, { ...(t.config?.value as object), modules: Object.fromEntries(translated) } as CourseTranslation];
    }),
  );
}

/** "3_Radio Use.ts" → "03-radio-use.ts". */
function moduleFileName(name: string): string {
  const [, digits = '', rest = ''] = /^(\d*)[-_ ]*(.*?)\.ts$/.exec(name) ?? [];
  const slug = rest.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'module';
  return `${digits.padStart(2, '0').slice(-2)}-${slug}.ts`;
}

async function importDefault(path: string, problems: Problem[]): Promise<CourseFile> {
  const file = displayPath(path);
  if (!existsSync(path)) {
    problems.push({ file, path: '', message: 'is missing', fix: 'create it with export default defineCourse({ … })' });
    return { file, value: {} };
  }
  try {
    // ESM caches by URL: a query from the file's content makes an edited file load afresh
    // when one process builds twice (tests, a preview server).
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
    const url = `${pathToFileURL(path).href}?content=${hash}`;
    const mod = (await import(url)) as { default?: unknown };
    return { file, value: mod.default };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    problems.push({ file, path: '', message: `could not be loaded: ${reason}`, fix: 'fix the error in this file (npm run typecheck shows where)' });
    return { file, value: {} };
  }
}

function applyOverrides(config: unknown, overrides: AssessmentOverrides): unknown {
  const given = Object.entries(overrides).filter(([, v]) => v !== undefined);
  if (given.length === 0 || typeof config !== 'object' || config === null) return config;
  const assessment = (config as { assessment?: unknown }).assessment;
  if (typeof assessment !== 'object' || assessment === null) return config;
  return { ...config, assessment: { ...assessment, ...Object.fromEntries(given) } };
}

/** A problem with an overridden setting belongs to the command line, not to course.ts. */
function blameOverride(p: Problem, configFile: string, overrides: AssessmentOverrides): Problem {
  if (p.file !== configFile) return p;
  const key = Object.keys(OVERRIDE_FLAGS).find((k) => p.path === `assessment.${k}`) as keyof AssessmentOverrides | undefined;
  if (key === undefined || overrides[key] === undefined) return p;
  return { ...p, file: 'command line', path: OVERRIDE_FLAGS[key] };
}

/** Counts for summaries; questions include knowledge checks, bank and scenario questions. */
export function courseStats(course: Course): { modules: number; lessons: number; questions: number; bank: number } {
  let lessons = 0;
  let questions = 0;
  let bank = 0;
  for (const m of course.modules) {
    lessons += m.lessons.length;
    bank += m.bank.length;
    const scenarios = m.lessons.flatMap((l) => l.blocks).filter((b) => b.kind === 'scenario').length;
    questions += m.check.length + m.bank.length + scenarios;
  }
  return { modules: course.modules.length, lessons, questions, bank };
}
