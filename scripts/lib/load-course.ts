/**
 * Loads a course from its folder: `course.yaml` plus every `NN-name.md` module
 * file in file-name order, and the translations in `<language>/` subfolders,
 * validates it and stamps the content version. Every problem carries the line
 * and column it is about, and names the item by its id.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describePath } from '../../src/content/describe-path.js';
import { lintExam } from '../../src/content/lint-exam.js';
import type { AssessmentConfig, Course, Image, Module } from '../../src/content/types.js';
import { validateCourse, type CourseFile, type Problem } from '../../src/content/validate.js';
import { canonicalJson, VERSION_LENGTH } from '../../src/content/version.js';
import { classifyCourseFolder, COURSE_FILE, SITE_FILE } from './course-format/course-folder.js';
import { SITE_FIELDS, type SiteValues } from '../../src/content/site.js';
import { brandOf } from '../../src/content/brand.js';
import { isRecord } from '../../src/content/translatable.js';
import { parseModuleMarkdown, type ParsedFile } from './course-format/markdown-module.js';
import { positionOf } from './course-format/positions.js';
import { readYaml } from './course-format/yaml-read.js';
import { readMedia, withImageSizes } from './media/read-media.js';
import { COVER_IMAGE, MEDIA_FOLDER, type MediaCatalogue } from '../../src/content/media.js';
import { displayPath } from './paths.js';
import type { EnglishCourse } from './translations/language-folder.js';
import { loadTranslations } from './translations/load-translations.js';

export { MODULE_FILE } from './course-format/course-folder.js';

/** Assessment settings the build may override from the command line. */
export type AssessmentOverrides = Partial<Pick<AssessmentConfig, 'passMark' | 'draw' | 'attempts'>>;
const OVERRIDE_FLAGS: Record<keyof AssessmentOverrides, string> = { passMark: '--pass-mark', draw: '--draw', attempts: '--attempts' };

export interface LoadOptions {
  /** Also list the exam-quality warnings (src/content/lint-exam.ts), as `npm run validate` does. */
  examLint?: boolean;
}

export interface LoadedCourse {
  /** Only trustworthy when `problems` has no error (warnings do not stop a build). */
  course: Course;
  problems: Problem[];
  /** The course-language files as read (settings and modules, with their file names): what translations pair with. */
  english: EnglishCourse;
  /** The files of the course's media folder, which every package carries (scripts/lib/media/copy-media.ts). */
  media: MediaCatalogue;
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

export async function loadCourse(dir = 'modules', overrides: AssessmentOverrides = {}, options: LoadOptions = {}): Promise<LoadedCourse> {
  const folder = resolve(dir);
  const shown = displayPath(folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { course: {} as Course, english: { config: { file: shown, value: {} }, modules: [] }, media: new Map(), problems: [{ file: shown, path: '', message: 'is not a folder', fix: `point --modules at the folder holding ${COURSE_FILE}` }] };
  }
  const found = classifyCourseFolder(folder, shown, readdirSync(folder));
  const problems: Problem[] = [...found.problems];

  const config = readCourseSettings(join(folder, COURSE_FILE));
  const modules = found.modules.map((name) => readModule(join(folder, name)));
  const site = found.site ? readYamlFile(join(folder, SITE_FILE)) : undefined;
  const files = [config, ...modules, ...(site ? [site] : [])];
  for (const f of files) problems.push(...f.problems.map((p) => located(p, f)));
  const configValue = applyOverrides(config.value, overrides);
  const input = (f: ReadFile, value = f.value): CourseFile => ({ file: f.file, value, locate: (path) => locate(f, path) });
  const media = readMedia(folder);
  const checked = validateCourse({
    config: input(config, configValue),
    modules: modules.map((m) => input(m)),
    media: { folder: `${shown}/${MEDIA_FOLDER}`, files: media },
    ...(site && { site: input(site) }),
    fileSize: (path) => fileSize(folder, path),
  });
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const p of checked) {
    const f = byFile.get(p.file);
    // A part that could not be read has its syntax problem already; what is "missing" from it is noise.
    if (f && f.broken.some((part) => part === '' || p.path === part || p.path.startsWith(`${part}.`) || p.path.startsWith(`${part}[`))) continue;
    problems.push(blameOverride(f ? located(p, f) : p, config.file, overrides));
  }

  // Translations are content: the version covers them, so a changed Spanish word is a new version too.
  const english: EnglishCourse = { config: { file: config.file, value: configValue }, modules: modules.map((m) => ({ file: m.file, value: m.value })) };
  const translated = loadTranslations(folder, english);
  problems.push(...translated.problems);
  // The lint reads typed content, so only a course the validator accepted.
  if (options.examLint && !problems.some(isError)) {
    const lint = lintExam(config.file, modules.map((m) => ({ file: m.file, module: m.value as Module })));
    problems.push(...lint.map((p) => located(p, byFile.get(p.file)!)));
  }
  const brand = site && isRecord(site.value) ? brandOf(site.value) : undefined;
  const cover = coverOf(media);
  const content = {
    ...(configValue as object),
    // Each picture's width and height, read from its file: the page reserves the space before it loads.
    modules: modules.map((m) => withImageSizes(m.value, media)),
    ...(translated.translations && { translations: translated.translations }),
    // The site's details are content too: the text a firm's officers read, and its certificate, depend on them.
    ...(site && { site: siteValues(site.value) }),
    ...(brand && { brand }),
    ...(cover && { cover }),
  };
  // A redrawn picture (the logo too: it lives in media/) is a new version: its bytes count, by a digest of each file.
  const version = contentVersion(media.size > 0 ? { ...content, media: Object.fromEntries([...media].map(([path, f]) => [path, f.digest])) } : content);
  const course = { ...content, version } as Course;
  return { course, problems: inFileOrder(problems), english, media };
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
  if (!existsSync(path)) {
    const problem: Problem = { file: displayPath(path), path: '', message: 'is missing', fix: 'create it with the course id, title, description, language and assessment settings (see modules/README.md)' };
    return { file: displayPath(path), value: {}, positions: new Map(), problems: [problem], broken: [''] };
  }
  return readYamlFile(path);
}

function readYamlFile(path: string): ReadFile {
  const file = displayPath(path);
  const positions = new Map();
  const read = readYaml(file, { text: readFileSync(path, 'utf8'), start: { line: 1, column: 1 }, path: '' }, positions);
  return { file, value: read.value, positions, problems: read.problems, broken: read.value === undefined ? [''] : [] };
}

/** The site's text fields as given; anything else the validator has reported already. */
function siteValues(value: unknown): SiteValues {
  const rec = isRecord(value) ? value : {};
  return Object.fromEntries(SITE_FIELDS.flatMap((f) => (typeof rec[f] === 'string' && rec[f].trim() !== '' ? [[f, rec[f].trim()]] : [])));
}

/** Bytes of a regular file inside the course folder, by its path from there. */
function fileSize(folder: string, path: string): number | undefined {
  const full = join(folder, path);
  return existsSync(full) && statSync(full).isFile() ? statSync(full).size : undefined;
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

function applyOverrides(config: unknown, overrides: AssessmentOverrides): unknown {
  const given = Object.entries(overrides).filter(([, v]) => v !== undefined);
  if (given.length === 0 || typeof config !== 'object' || config === null) return config;
  const assessment = (config as { assessment?: unknown }).assessment;
  if (typeof assessment !== 'object' || assessment === null) return config;
  return { ...config, assessment: { ...assessment, ...Object.fromEntries(given) } };
}

/** A problem with an overridden setting belongs to the command line, not to course.yaml. */
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

/** The cover's picture, when the media folder has `cover.svg`: decorative, as the cover's text says it all. */
function coverOf(media: MediaCatalogue): Image | undefined {
  const size = media.get(COVER_IMAGE)?.size;
  return size ? { src: COVER_IMAGE, decorative: true, width: size.width, height: size.height } : undefined;
}
