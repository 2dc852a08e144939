/**
 * Which content chunks (src/content/chunks.ts) a place needs, whether they are
 * here, and getting them: on demand for the place the learner opens, and the
 * rest one by one in idle time. A course without `content` (tests, a course
 * loaded whole) has everything already.
 */
import { BANK_CHUNK, moduleChunk, readChunk, type ChunkKey, type ContentChunk } from '../content/chunks.js';
import type { ContentFiles, Course } from '../content/types.js';
import type { ContentLoader } from './content-loader.js';
import type { Place } from './places.js';

/** What the learner sees of a place's content: it, a wait, or a failure with Retry. */
export type ContentStatus = 'ready' | 'loading' | 'failed';

type ChunkState = 'loading' | 'loaded' | 'failed';

/** The chunks a place shows: a lesson, check or job aid its module's; the assessment the bank; results the bank when there is an attempt to review. */
export function chunksFor(course: Course, place: Place, hasLastAttempt: boolean): ChunkKey[] {
  switch (place.view) {
    case 'lesson': {
      const module = course.modules.find((m) => m.lessons.some((l) => l.id === place.id));
      return module ? [moduleChunk(module.id)] : [];
    }
    case 'check':
    case 'jobaid':
      return course.modules.some((m) => m.id === place.id) ? [moduleChunk(place.id)] : [];
    case 'assessment':
      return [BANK_CHUNK];
    case 'results':
      return hasLastAttempt ? [BANK_CHUNK] : [];
    case 'attestation':
    case 'certificate':
      return [];
  }
}

/** Every chunk of the course, in the order a learner meets them: the modules, then the bank. */
export function allChunks(course: Course): ChunkKey[] {
  return [...course.modules.map((m) => moduleChunk(m.id)), BANK_CHUNK];
}

export interface CourseContentOptions {
  loader: ContentLoader;
  /** The course as shown (the outline, localized); its `content` names the files. */
  course: Course;
  /** A chunk arrived: lay it over the course. */
  onChunk: (chunk: ContentChunk) => void;
  /** A load finished, well or not. */
  onSettled: (key: ChunkKey) => void;
}

export class CourseContent {
  private readonly states = new Map<ChunkKey, ChunkState>();
  /** The files of the language shown, and that language; undefined when the course carries its content. */
  private readonly files: ContentFiles | undefined;
  private readonly language: string;
  private readonly version: string;

  constructor(private readonly o: CourseContentOptions) {
    const { content, language, version } = o.course;
    // The language the outline is shown in; the first language's files if that one has none (never, from the build).
    this.language = content && !content[language] ? (Object.keys(content)[0] ?? language) : language;
    this.files = content?.[this.language];
    this.version = version;
  }

  /** True when there is content to load at all. */
  get lazy(): boolean {
    return this.files !== undefined;
  }

  status(keys: readonly ChunkKey[]): ContentStatus {
    if (!this.lazy) return 'ready';
    const states = keys.map((k) => this.states.get(k));
    if (states.every((s) => s === 'loaded')) return 'ready';
    return states.includes('failed') ? 'failed' : 'loading';
  }

  /** Starts loading what is missing of `keys`; a failed chunk is tried again. */
  ensure(keys: readonly ChunkKey[]): void {
    for (const key of keys) {
      const state = this.states.get(key);
      if (state !== 'loaded' && state !== 'loading') void this.load(key);
    }
  }

  /** Loads `keys` one after another, each when the page is idle; failures stay quiet (the place asks again when opened). */
  prefetch(keys: readonly ChunkKey[], idle: (task: () => void) => void): void {
    const next = (i: number): void => {
      const key = keys[i];
      if (key === undefined) return;
      if (this.states.has(key)) return next(i + 1);
      idle(() => void this.load(key).then(() => next(i + 1)));
    };
    if (this.lazy) next(0);
  }

  private path(key: ChunkKey): string | undefined {
    const files = this.files;
    return key === BANK_CHUNK ? files?.bank : files?.modules[key.slice('module:'.length)];
  }

  /** Never rejects: the outcome is in `status`. */
  private async load(key: ChunkKey): Promise<void> {
    const path = this.path(key);
    this.states.set(key, 'loading');
    try {
      if (path === undefined) throw new Error(`${key} is not in the package`);
      const chunk = await this.o.loader.load(path, (data) => readChunk(data, { key, version: this.version, language: this.language }));
      this.o.onChunk(chunk);
      this.states.set(key, 'loaded');
    } catch (error) {
      console.warn(`frontline: ${error instanceof Error ? error.message : String(error)}`);
      this.states.set(key, 'failed');
    }
    this.o.onSettled(key);
  }
}
