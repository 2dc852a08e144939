/**
 * The content validator shared by the build (`npm run validate`, `npm run
 * build`) and the tests. Pure: no DOM, no Node APIs. It treats every export as
 * unknown (an author may export anything) and reports every problem at once.
 */
import { brandOf } from './brand.js';
import { LANGUAGE_TAG } from './language.js';
import { isRecord } from './translatable.js';
import type { MediaCatalogue } from './media.js';
import { ASSESSMENT_LAYOUTS, DRAW_BY, SHOW_ANSWERS, type Block } from './types.js';
import { checkQuestion, type QuestionContext } from './validate-question.js';
import { checkImage, checkMediaFolder, IMAGE_FIELDS, type MediaUse } from './validate-image.js';
import { INTERACTIVE_FIELDS, interactiveChecks, type BlockCheck as CheckOf } from './validate-interactive.js';
import { checkSite, type FileSize } from './validate-site.js';
import { at, describe, FileChecker, plural, type Problem, type Rec } from './validate-read.js';

export { formatProblem, type Problem } from './validate-read.js';

export interface CourseFile {
  /** Path relative to the project root, used in problem reports. */
  file: string;
  /** The file's content, as read (untrusted). */
  value: unknown;
  /** How a path inside the file is named in messages that point at it (see FileChecker.locate). */
  locate?: (path: string) => string;
}

export interface CourseInput {
  config: CourseFile;
  modules: CourseFile[];
  /** `modules/site.yaml`, when the course has one (a firm adds it). */
  site?: CourseFile;
  /** Looks up files the content names (the site's logo); without it their existence is not checked. */
  fileSize?: FileSize;
  /** The files in `modules/media/` (scripts/lib/media/read-media.ts), `folder` as shown in problems; pictures not among them are reported missing. */
  media?: { folder: string; files: MediaCatalogue };
}

const RESERVED_IDS = ['attestation', 'certificate', 'course_version'];

export function validateCourse(input: CourseInput): Problem[] {
  const out: Problem[] = [];
  // The LMS record keeps these ids for itself (src/tracking/scorm/record-objectives.ts, the attestation
  // and certificate interactions): content using one would share its report column.
  const ids = new Map<string, string>(RESERVED_IDS.map((id) => [id, "the course's compliance record (a reserved id)"]));
  // Module, lesson, objective and question ids become SCORM interaction and
  // objective ids, which must be unique within the SCO (LMS-COMPAT 15).
  const registerId = (checker: FileChecker, id: string | undefined, path: string): void => {
    if (id === undefined) return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, checker.where(path));
    else checker.problem(path, `"${id}" is already used at ${first}`, 'give every module, lesson, objective and question its own id');
  };

  const bankSize = input.modules.reduce((n, m) => n + bankLength(m.value), 0);
  checkConfig(new FileChecker(input.config.file, out, input.config.locate), input.config.value, bankSize, registerId);
  if (input.modules.length === 0) {
    const dir = input.config.file.replace(/[^/]*$/, '');
    out.push({ file: dir, path: '', message: 'the course has no modules', fix: `add a module file next to course.yaml, e.g. with npm run new -- module "Introduction"` });
  }
  const used = closingUsed(input.modules.map((m) => m.value));
  const media: MediaUse = { files: input.media?.files ?? new Map(), shown: new Set() };
  for (const m of input.modules) checkModule(new FileChecker(m.file, out, m.locate), m.value, registerId, used, media);
  // The site's logo is shown on every certificate: a used picture, checked by checkSite.
  const logo = input.site && isRecord(input.site.value) ? brandOf(input.site.value)?.logo : undefined;
  if (logo) media.shown.add(logo);
  if (input.media) checkMediaFolder(input.media.folder, out, media);
  if (input.site) checkSite(new FileChecker(input.site.file, out, input.site.locate), input.site.value, courseLanguage(input.config.value), input.fileSize);
  return out;
}

function courseLanguage(config: unknown): string {
  const language = typeof config === 'object' && config !== null ? (config as Rec)['language'] : undefined;
  return typeof language === 'string' ? language : 'en';
}

function bankLength(value: unknown): number {
  const bank = typeof value === 'object' && value !== null ? (value as Rec)['bank'] : undefined;
  return Array.isArray(bank) ? bank.length : 0;
}

/** The whole file's content: name: value lines. */
function fileContent(c: FileChecker, value: unknown, what: string): Rec | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Rec;
  if (value === undefined || value === null) c.problem('', 'is empty', `write ${what} (see modules/README.md)`);
  else c.problem('', `holds ${describe(value)}, not name: value lines`, `write ${what} as name: value lines (see modules/README.md)`);
  return undefined;
}

function checkConfig(c: FileChecker, value: unknown, bankSize: number, registerId: QuestionContext['registerId']): void {
  const config = fileContent(c, value, 'the course settings');
  if (!config) return;
  c.keys(config, '', ['id', 'title', 'description', 'language', 'attestation', 'release', 'assessment']);
  registerId(c, c.id(config, 'id', '', 'the course id'), 'id');
  c.text(config, 'title', '', 'the course title');
  c.text(config, 'description', '', 'the course description');
  const language = c.text(config, 'language', '', 'the language of the content, e.g. "en"');
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    c.problem('language', `"${language}" is not a BCP 47 language tag`, 'use a tag such as "en" or "en-GB"');
  }
  // Optional, but when present it is what the officer signs: it must say something.
  if (config['attestation'] !== undefined) c.text(config, 'attestation', '', 'the statement the officer confirms before completing');
  // Optional: the version people name, shown on the certificate as written (3.10 read as a number would show 3.1).
  if (typeof config['release'] === 'number') {
    c.problem('release', `is read as the number ${String(config['release'])}`, `put it in double quotes, e.g. release: "${String(config['release'])}", so it is shown exactly as written`);
  } else if (config['release'] !== undefined) {
    const release = c.text(config, 'release', '', 'the version people name, e.g. "3 (December 2026)"');
    if (release !== undefined && /^\s*version\b/i.test(release)) c.problem('release', `"${release}" starts with "Version"`, `leave the word out: the certificate writes "Version ${release.replace(/^\s*version\s*/i, '')}"`);
  }

  const a = c.record(config['assessment'], 'assessment', 'the assessment settings (id, title, passMark, draw, attempts)');
  if (!a) return;
  c.keys(a, 'assessment', ['id', 'title', 'passMark', 'draw', 'attempts', 'drawBy', 'showAnswers', 'layout']);
  registerId(c, c.id(a, 'id', 'assessment', 'the assessment id'), 'assessment.id');
  c.text(a, 'title', 'assessment', 'the assessment title');
  const passMark = c.number(a, 'passMark', 'assessment', 'the pass mark (a percentage)');
  // SCORM 1.2 adlcp:masteryscore is 0–100; SCORM 2004 minNormalizedMeasure (passMark / 100) is −1…1 (IMS SS objectiveType).
  if (passMark !== undefined && (passMark < 0 || passMark > 100)) {
    c.problem('assessment.passMark', `is ${passMark}, outside 0–100`, 'give the pass mark as a percentage from 0 to 100');
  }
  const draw = c.number(a, 'draw', 'assessment', 'how many questions one attempt draws', true);
  if (draw !== undefined && draw < 1) c.problem('assessment.draw', `is ${draw}`, 'draw at least 1 question from the bank');
  else if (draw !== undefined && bankSize === 0) c.problem('assessment.draw', `is ${draw}, but the modules' banks hold no questions`, "add questions to a module's bank");
  else if (draw !== undefined && draw > bankSize) {
    c.problem('assessment.draw', `is ${draw}, but the modules' banks hold only ${plural(bankSize, 'question')}`, `lower draw to ${bankSize} or fewer, or add questions to a module's bank`);
  }
  const attempts = c.number(a, 'attempts', 'assessment', 'how many attempts a learner may make (0 for unlimited)', true);
  if (attempts !== undefined && attempts < 0) {
    c.problem('assessment.attempts', `is ${attempts}`, 'use 0 for unlimited attempts, or a positive whole number');
  }
  oneOf(c, a, 'drawBy', DRAW_BY);
  oneOf(c, a, 'showAnswers', SHOW_ANSWERS);
  oneOf(c, a, 'layout', ASSESSMENT_LAYOUTS);
}

/** An optional assessment setting that takes one of a few words. */
function oneOf(c: FileChecker, a: Rec, key: string, allowed: readonly string[]): void {
  const value = a[key];
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return;
  c.problem(`assessment.${key}`, `is ${typeof value === 'string' ? `"${value}"` : describe(value)}`, `use one of: ${allowed.join(', ')} (or leave it out for ${allowed[0]})`);
}

function checkModule(c: FileChecker, value: unknown, registerId: QuestionContext['registerId'], used: ClosingUsed, media: MediaUse): void {
  const m = fileContent(c, value, 'the module');
  if (!m) return;
  c.keys(m, '', ['id', 'title', 'minutes', 'objectives', 'lessons', 'summary', 'jobAid', 'check', 'bank']);
  registerId(c, c.id(m, 'id', '', 'the module id'), 'id');
  c.text(m, 'title', '', 'the module title');
  const minutes = c.number(m, 'minutes', '', 'the estimated minutes to complete the module');
  if (minutes !== undefined && minutes <= 0) c.problem('minutes', `is ${minutes}`, 'estimate the minutes the module takes, more than 0');

  const objectives: string[] = [];
  const objectivePaths: string[] = [];
  (c.list(m, 'objectives', '', 'objective', 1) ?? []).forEach((value, i) => {
    const p = at('objectives', i);
    const o = c.record(value, p, 'the objective (id, text)');
    if (!o) return;
    c.keys(o, p, ['id', 'text']);
    registerId(c, c.id(o, 'id', p, 'the objective id'), at(p, 'id'));
    c.text(o, 'text', p, 'what the learner will be able to do');
    if (typeof o['id'] === 'string') {
      objectives.push(o['id']);
      objectivePaths.push(p);
    }
  });

  const ctx: BlockContext = { checker: c, objectives, assessed: new Set(), registerId, media };
  (c.list(m, 'lessons', '', 'lesson', 1) ?? []).forEach((value, i) => checkLesson(ctx, value, at('lessons', i)));
  checkClosing(ctx, m, used);
  for (const key of ['check', 'bank'] as const) {
    (c.list(m, key, '', 'question') ?? []).forEach((q, i) => checkQuestion(ctx, q, at(key, i)));
  }

  objectives.forEach((id, i) => {
    if (ctx.assessed.has(id)) return;
    c.problem(objectivePaths[i]!, `"${id}" is not assessed by any question`, `set objective: "${id}" on a check, bank or scenario question, or remove the objective`);
  });
}

function checkLesson(ctx: BlockContext, value: unknown, path: string): void {
  const c = ctx.checker;
  const lesson = c.record(value, path, 'the lesson (id, title, blocks)');
  if (!lesson) return;
  c.keys(lesson, path, ['id', 'title', 'blocks']);
  ctx.registerId(c, c.id(lesson, 'id', path, 'the lesson id'), at(path, 'id'));
  c.text(lesson, 'title', path, 'the lesson title');
  (c.list(lesson, 'blocks', path, 'block', 1) ?? []).forEach((b, i) => checkBlock(ctx, b, at(at(path, 'blocks'), i)));
}

type ClosingUsed = Record<'summary' | 'jobAid', boolean>;

/** Which closing parts the course uses: once one module has a summary (or a job aid), every module should. */
function closingUsed(modules: unknown[]): ClosingUsed {
  const has = (key: string) => modules.some((m) => typeof m === 'object' && m !== null && (m as Rec)[key] !== undefined);
  return { summary: has('summary'), jobAid: has('jobAid') };
}

/**
 * The summary and the job aid. A course that has them should have them in every
 * module (a firm assigns it as mandatory training and hands out the job aids),
 * but a module being written may lack them: a warning, which `--strict` makes
 * an error. A course with none at all is not warned: both are optional.
 */
function checkClosing(ctx: BlockContext, m: Rec, used: ClosingUsed): void {
  const c = ctx.checker;
  if (m['summary'] !== undefined) (c.list(m, 'summary', '', 'key point', 1) ?? []).forEach((item, i) => c.textValue(item, at('summary', i), 'the key point'));
  else if (used.summary) c.warning('', 'the module has no summary, unlike the other modules', 'add ## Summary after the last lesson, with the key points as a - list');
  if (m['jobAid'] === undefined) {
    if (used.jobAid) c.warning('', 'the module has no job aid, unlike the other modules', 'add ## Job aid: title after the summary, with what an officer keeps at hand as paragraphs and - lists');
    return;
  }
  const aid = c.record(m['jobAid'], 'jobAid', 'the job aid (title, blocks)');
  if (!aid) return;
  c.keys(aid, 'jobAid', ['title', 'blocks']);
  c.text(aid, 'title', 'jobAid', 'the job aid title');
  (c.list(aid, 'blocks', 'jobAid', 'block', 1) ?? []).forEach((b, i) => checkBlock(ctx, b, at(at('jobAid', 'blocks'), i), JOB_AID_KINDS));
}

/** Blocks hold questions (scenarios) and pictures, checked against the course's media files. */
type BlockContext = QuestionContext & { media: MediaUse };
type BlockCheck = CheckOf<BlockContext>;

/** One checker per block kind; a Record so a new kind in types.ts must get one here. */
const blockChecks: Record<Block['kind'], BlockCheck> = {
  paragraph: ({ checker: c }, b, path) => void c.text(b, 'text', path, 'the paragraph text'),
  tip: ({ checker: c }, b, path) => void c.text(b, 'text', path, 'the tip text'),
  list: ({ checker: c }, b, path) => {
    (c.list(b, 'items', path, 'item', 1) ?? []).forEach((item, i) => c.textValue(item, at(at(path, 'items'), i), 'the list item'));
  },
  image: (ctx, b, path) => checkImage(ctx.checker, b, path, ctx.media),
  graphic: (ctx, b, path) => {
    const c = ctx.checker;
    c.text(b, 'title', path, 'the graphic title');
    pictureOf(ctx, b, path, 'the picture, as ![what it shows](media/file.svg) after the ### Graphic: heading');
    (c.list(b, 'points', path, 'point', 1) ?? []).forEach((value, i) => checkPoint(c, value, at(at(path, 'points'), i)));
  },
  scenario: (ctx, b, path) => {
    ctx.checker.text(b, 'title', path, 'the scenario title');
    if (b['image'] !== undefined) pictureOf(ctx, b, path, 'the picture');
    ctx.checker.text(b, 'text', path, 'the scenario text');
    checkQuestion(ctx, b['question'], at(path, 'question'));
  },
  // A section or tab holds what a job aid holds: paragraphs and lists.
  ...interactiveChecks((ctx, value, path) => checkBlock(ctx, value, path, JOB_AID_KINDS)),
};

/** The `image` of a graphic or a scenario. */
function pictureOf(ctx: BlockContext, block: Rec, path: string, label: string): void {
  const image = ctx.checker.record(block['image'], at(path, 'image'), label);
  if (!image) return;
  ctx.checker.keys(image, at(path, 'image'), IMAGE_FIELDS);
  checkImage(ctx.checker, image, at(path, 'image'), ctx.media);
}

/** A graphic's point: its label, its text, and where its marker sits, in % of the picture's width and height. */
function checkPoint(c: FileChecker, value: unknown, path: string): void {
  const point = c.record(value, path, 'the point (label, text, x, y)');
  if (!point) return;
  c.keys(point, path, ['label', 'text', 'x', 'y']);
  c.text(point, 'label', path, 'the point\'s label, as **Label** at the start of the item');
  c.text(point, 'text', path, 'what the point says, after the colon');
  for (const axis of ['x', 'y'] as const) {
    const n = c.number(point, axis, path, `where the marker sits ${axis === 'x' ? 'across' : 'down'} the picture, in %`);
    if (n !== undefined && (n < 0 || n > 100)) c.problem(at(path, axis), `is ${n}%, outside the picture`, 'give the marker\'s place from 0% to 100%, e.g. **Radio** (62%, 40%): …');
  }
}
const BLOCK_KINDS = Object.keys(blockChecks) as Block['kind'][];
const JOB_AID_KINDS: Block['kind'][] = ['paragraph', 'list'];
const BLOCK_FIELDS: Record<Block['kind'], string[]> = {
  paragraph: ['kind', 'text'],
  tip: ['kind', 'text'],
  list: ['kind', 'items'],
  image: ['kind', ...IMAGE_FIELDS],
  graphic: ['kind', 'title', 'image', 'points'],
  scenario: ['kind', 'title', 'image', 'text', 'question'],
  ...INTERACTIVE_FIELDS,
};

function checkBlock(ctx: BlockContext, value: unknown, path: string, kinds = BLOCK_KINDS): void {
  const c = ctx.checker;
  const block = c.record(value, path, `the block (kind: ${kinds.join(', ')})`);
  if (!block) return;
  const kind = block['kind'];
  if (typeof kind === 'string' && (kinds as string[]).includes(kind)) {
    c.keys(block, path, BLOCK_FIELDS[kind as Block['kind']]);
    blockChecks[kind as Block['kind']](ctx, block, path);
  }
  else if (kind === undefined) c.problem(at(path, 'kind'), 'is missing', `add the block kind: one of ${kinds.join(', ')}`);
  else c.problem(at(path, 'kind'), `${typeof kind === 'string' ? `"${kind}"` : String(kind)} is not a block kind`, `use one of: ${kinds.join(', ')}`);
}
