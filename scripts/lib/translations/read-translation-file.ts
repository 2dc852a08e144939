/**
 * Reads one translation file (`modules/es/01-dual-role.yaml`): a YAML mapping
 * from unit key to `{ text, from }`, with where each key was written. Checking
 * the entries against the English is check-translation-file.ts's job.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Problem } from '../../../src/content/validate-read.js';
import type { Position, PositionMap } from '../course-format/positions.js';
import { readYaml } from '../course-format/yaml-read.js';

export interface TranslationFileRead {
  /** What each key holds, as written; undefined when the file cannot be read at all. */
  entries: Map<string, unknown> | undefined;
  positions: PositionMap;
  /** The comment at the top of the file (the translator's notes), kept when the tools rewrite it. */
  header: string | undefined;
  problems: Problem[];
}

const START: Position = { line: 1, column: 1 };

export function readTranslationFile(file: string, text: string): TranslationFileRead {
  const positions: PositionMap = new Map();
  const read = readYaml(file, { text, start: START, path: '' }, positions);
  const header = headerComment(text);
  if (read.problems.length > 0 && read.value === undefined) return { entries: undefined, positions, header, problems: read.problems };
  const { value } = read;
  // An empty file (or only comments) translates nothing yet.
  if (value === null || value === undefined) return { entries: new Map(), positions, header, problems: read.problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    const problem: Problem = {
      file,
      path: '',
      ...START,
      message: 'is not a list of translations',
      fix: 'write one entry per text: its key (e.g. m1_l_more.title:), then text: and from: indented under it',
    };
    return { entries: undefined, positions, header, problems: [...read.problems, problem] };
  }
  return { entries: new Map(Object.entries(value)), positions, header, problems: read.problems };
}

/**
 * The comment at the top, up to the first blank line. When the first entry has
 * a comment of its own (the English), `yaml` joins both into that entry's
 * comment, with the blank line as "\n\n".
 */
function headerComment(text: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.commentBefore) return doc.commentBefore;
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  const comment = isScalar(first) ? first.commentBefore : undefined;
  const cut = comment?.lastIndexOf('\n\n') ?? -1;
  return cut === -1 ? undefined : comment!.slice(0, cut);
}
