/**
 * Loads a course from its folder: `course.yaml` plus every `NN-name.md` module
 * file in file-name order, and the translations in `<language>/` subfolders,
 * validates it and stamps the content version. Every problem carries the line
 * and column it is about, and names the item by its id.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describePath } from '../../src/content/describe-path.js';
import type { CourseTranslation } from '../../src/content/translation.js';
import type { AssessmentConfig, Course } from '../../src/content/types.js';
import { validateCourse, type CourseFile, type Problem, type TranslationInput } from '../../src/content/validate.js';
import { canonicalJson, VERSION_LENGTH } from '../../src/content/version.js';
import { classifyCourseFolder, COURSE_FILE } from './course-format/course-folder.js';
import { parseModuleMarkdown, type ParsedFile } from './course-format/markdown-module.js';
import { positionOf } from './course-format/positions.js';
import { readYaml } from './course-format/yaml-read.js';
import { displayPath } from './paths.js';

export { MODULE_FILE } from './course-format/course-folder.js';

/** Assessment settings the build may override from the command line. */
export type AssessmentOverrides = Partial<Pick<AssessmentConfig, 'passMark' | 'draw' | 'attempts'>>;
const OVERRIDE_FLAGS: Record<keyof AssessmentOverrides, string> = { passMark: '--pass-mark', draw: '--draw', attempts: '--attempts' };

export interface LoadedCourse {
  /** Only trustworthy when `problems` has no error (warnings do not stop a build). */
  course: Course;
  problems: Problem[];
}

/** A course file as read: its content and where each part of it was written. */
interface ReadFile extends ParsedFile {
  file: string;
}

/** First 12 hex characters of sha256 over the canonical JSON of the content: one changed word changes it. */
export function contentVersion(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, VERSION_LENGTH);
}

/** True when a problem stops the build (warnings do not). */
export const isError = (p: Problem): boolean => p.severity !== 'warning';

export async function loadCourse(dir = 'modules', overrides: AssessmentOverrides = {}): Promise<LoadedCourse> {
  const folder = resolve(dir);
  const shown = displayPath(folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { course: {} as Course, problems: [{ file: shown, path: '', message: 'is not a folder', fix: `point --modules at the folder holding ${COURSE_FILE}` }] };
  }
  const found = classifyCourseFolder(folder, shown, readdirSync(folder));
  const problems: Problem[] = [...found.problems];

  const config = readCourseSettings(join(folder, COURSE_FILE));
  const modules = found.modules.map((name) => readModule(join(folder, name)));
  const translations: TranslationInput[] = [];
  for (const name of found.languages) translations.push(await loadTranslation(join(folder, name), problems));

  const files = [config, ...modules];
  for (const f of files) problems.push(...f.problems.map((p) => located(p, f)));
  const configValue = applyOverrides(config.value, overrides);
  const input = (f: ReadFile, value = f.value): CourseFile => ({ file: f.file, value, locate: (path) => locate(f, path) });
  const checked = validateCourse({ config: input(config, configValue), modules: modules.map((m) => input(m)), translations });
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const p of checked) {
    const f = byFile.get(p.file);
    // A part that could not be read has its syntax problem already; what is "missing" from it is noise.
    if (f && f.broken.some((part) => part === '' || p.path === part || p.path.startsWith(`${part}.`) || p.path.startsWith(`${part}[`))) continue;
    problems.push(blameOverride(f ? located(p, f) : p, config.file, overrides));
  }

  // Translations are content: the version covers them, so a changed Spanish word is a new version too.
  const moduleFiles = modules.map((m) => ({ file: m.file, value: m.value }));
  const translated = assembleTranslations(translations, moduleFiles);
  const content = { ...(configValue as object), modules: modules.map((m) => m.value), ...(translated && { translations: translated }) };
  const course = { ...content, version: contentVersion(content) } as Course;
  return { course, problems: inFileOrder(problems) };
}

/** Problems of each file by line, so a trainer can work down the file. */
function inFileOrder(problems: Problem[]): Problem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => files.indexOf(a.p.file) - files.indexOf(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

function readCourseSettings(path: string): ReadFile {
  const file = displayPath(path);
  if (!existsSync(path)) {
    const problem: Problem = { file, path: '', message: 'is missing', fix: 'create it with the course id, title, description, language and assessment settings (see modules/README.md)' };
    return { file, value: {}, positions: new Map(), problems: [problem], broken: [''] };
  }
  const positions = new Map();
  const read = readYaml(file, { text: readFileSync(path, 'utf8'), start: { line: 1, column: 1 }, path: '' }, positions);
  return { file, value: read.value, positions, problems: read.problems, broken: read.value === undefined ? [''] : [] };
}

function readModule(path: string): ReadFile {
  const file = displayPath(path);
  return { file, ...parseModuleMarkdown(file, readFileSync(path, 'utf8')) };
}

/** "question m1_chk_goal, option b (line 42)": how messages point at another place in a file. */
function locate(f: ReadFile, whole: string): string {
  // An id names its item: "lesson intro", not "lesson intro: id".
  const path = whole.replace(/\.id$/, '');
  const at = positionOf(f.positions, path);
  const name = describePath(f.value, path) || 'the top';
  return at ? `${name} (line ${at.line})` : name;
}

/** The problem with its line and column, and its place named by ids instead of a zero-based path. */
function located(p: Problem, f: ReadFile): Problem {
  const at = p.line === undefined ? positionOf(f.positions, p.path) : { line: p.line, column: p.column ?? 1 };
  return { ...p, ...at, path: describePath(f.value, p.path) };
}

/**
 * `course.translations`: per language, the course texts plus each module's
 * translation under the module's id (the id is what the player looks up; the
 * file name, which pairs them here, is gone by then). Undefined when there are
 * none, so a course without translations keeps the version it had before.
 */
function assembleTranslations(inputs: TranslationInput[], modules: CourseFile[]): Record<string, CourseTranslation> | undefined {
  if (inputs.length === 0) return undefined;
  const stem = (file: string) => basename(file).replace(/\.[a-z]+$/, '');
  const idOf = new Map(modules.map((m) => [stem(m.file), (m.value as { id?: unknown } | undefined)?.id]));
  return Object.fromEntries(
    inputs.map((t) => {
      const translated = t.modules.flatMap((m) => {
        const id = idOf.get(stem(m.file));
        return typeof id === 'string' ? [[id, m.value] as const] : [];
      });
      return [t.language, { ...(t.config?.value as object), modules: Object.fromEntries(translated) } as CourseTranslation];
    }),
  );
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

// Translations are still TypeScript files until the translation format lands.
const TRANSLATION_FILE = /^\d\d-[a-z0-9-]+\.ts$/;

async function loadTranslation(dir: string, problems: Problem[]): Promise<TranslationInput> {
  const names = readdirSync(dir).sort();
  const config = existsSync(join(dir, 'course.ts')) ? await importDefault(join(dir, 'course.ts'), problems) : null;
  const modules: CourseFile[] = [];
  for (const name of names.filter((n) => TRANSLATION_FILE.test(n))) modules.push(await importDefault(join(dir, name), problems));
  return { language: basename(dir), folder: displayPath(dir), config, modules };
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
  const { line: _line, column: _column, ...rest } = p;
  return { ...rest, file: 'command line', path: OVERRIDE_FLAGS[key] };
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
