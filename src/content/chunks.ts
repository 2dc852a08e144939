/**
 * A package's course in two parts: the **outline**, bundled into the player,
 * and the **content chunks**, static files loaded when first needed (issue 13:
 * the first lesson must not wait for every module and the whole bank).
 *
 * The outline is a `Course` with every id, title, minute and objective, each
 * lesson's title, and every question as a skeleton: its ids, correct answers
 * and structure, its text blanked. That is all the saved-state codec, the draw,
 * scoring and the progress rules read, so resuming and progress work before
 * any content arrives. A chunk holds one module's content (lessons, summary,
 * job aid, knowledge check) or the whole assessment bank, in one language;
 * `hydrate` lays it over the outline. The chunks are the content as authored,
 * serialized whole, so a new kind of block travels without code here.
 * Pure: shared by the build (which writes the files) and the player.
 */
import { isRecord } from './translatable.js';
import { fillTree } from './site.js';
import type { CourseTranslation, ModuleTranslation } from './translation.js';
import type { Block, Course, Id, Module, Question } from './types.js';

/** What one content file holds. */
export type ContentChunk =
  | { kind: 'module'; version: string; language: string; module: Module }
  | { kind: 'bank'; version: string; language: string; bank: Record<Id, Question[]> };

/** Names a chunk: `module:<module id>` or `bank`. */
export type ChunkKey = `module:${Id}` | 'bank';

export const moduleChunk = (id: Id): ChunkKey => `module:${id}`;
export const BANK_CHUNK: ChunkKey = 'bank';

/** The same shape with every text blanked (ids and codes kept): what the rules need, not what the learner reads. */
const skeleton = <T>(value: T): T => fillTree(value, () => '');

/** Only blocks that hold a question stay in an outline lesson: the codec and shuffle read their ids (course-map.ts). */
const holdsQuestion = (block: Block): boolean => 'question' in block;

function outlineModule(module: Module): Module {
  const { summary: _summary, jobAid, ...rest } = module;
  return {
    ...rest,
    lessons: module.lessons.map((lesson) => ({ ...lesson, blocks: lesson.blocks.filter(holdsQuestion).map(skeleton) })),
    // The contents list names the job aid; its blocks come with the module.
    ...(jobAid ? { jobAid: { title: jobAid.title, blocks: [] } } : {}),
    check: module.check.map(skeleton),
    bank: module.bank.map(skeleton),
  };
}

/** A translation cut to what the outline shows; the rest of each translated module travels in its chunk. */
function outlineTranslation(translation: CourseTranslation): CourseTranslation {
  const modules = Object.fromEntries(
    Object.entries(translation.modules).map(([id, m]): [Id, ModuleTranslation] => [
      id,
      {
        title: m.title,
        objectives: m.objectives,
        lessons: Object.fromEntries(Object.entries(m.lessons).map(([lessonId, l]) => [lessonId, { title: l.title, blocks: [] }])),
        ...(m.jobAid ? { jobAid: { title: m.jobAid.title, blocks: [] } } : {}),
        check: {},
        bank: {},
      },
    ]),
  );
  return { ...translation, modules };
}

/** The course the bundle carries: content replaced by skeletons, translations cut to the outline. `content` is set by the build. */
export function courseOutline(course: Course): Course {
  const translations = course.translations
    ? Object.fromEntries(Object.entries(course.translations).map(([language, t]) => [language, outlineTranslation(t)]))
    : undefined;
  return { ...course, modules: course.modules.map(outlineModule), ...(translations ? { translations } : {}) };
}

/** Every chunk of the course as shown in one language (`localizeCourse`'s result): one per module, then the bank. */
export function contentChunks(course: Course): { key: ChunkKey; chunk: ContentChunk }[] {
  const { version, language } = course;
  const modules = course.modules.map((module): { key: ChunkKey; chunk: ContentChunk } => ({
    key: moduleChunk(module.id),
    // The module's bank questions are in the bank's chunk.
    chunk: { kind: 'module', version, language, module: { ...module, bank: [] } },
  }));
  const bank: ContentChunk = { kind: 'bank', version, language, bank: Object.fromEntries(course.modules.map((m) => [m.id, m.bank])) };
  return [...modules, { key: BANK_CHUNK, chunk: bank }];
}

/**
 * The chunk a file holds when it is the one asked for (this build's version,
 * this language, this module); null for anything else, so a stale or wrong
 * file is never laid over the course.
 */
export function readChunk(data: unknown, want: { key: ChunkKey; version: string; language: string }): ContentChunk | null {
  if (!isRecord(data) || data['version'] !== want.version || data['language'] !== want.language) return null;
  if (want.key === BANK_CHUNK) return data['kind'] === 'bank' && isRecord(data['bank']) ? (data as ContentChunk) : null;
  const module = data['module'];
  const fits = data['kind'] === 'module' && isRecord(module) && `module:${String(module['id'])}` === want.key && Array.isArray(module['lessons']);
  return fits ? (data as ContentChunk) : null;
}

/**
 * The course with a chunk's content in place of its skeleton. Ids and answers
 * are the same in both, so a session's state stays valid; other modules keep
 * their objects.
 */
export function hydrate(course: Course, chunk: ContentChunk): Course {
  if (chunk.kind === 'module') {
    return { ...course, modules: course.modules.map((m) => (m.id === chunk.module.id ? { ...chunk.module, bank: m.bank } : m)) };
  }
  return { ...course, modules: course.modules.map((m) => ({ ...m, bank: chunk.bank[m.id] ?? m.bank })) };
}
