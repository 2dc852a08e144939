/**
 * Reads one YAML part of a course file (a module's front matter, a question
 * block, course.yaml, a translation file) with the `yaml` library, keeping
 * where every key and item was written, and turning syntax errors into
 * trainer's words with their line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../../../src/content/validate-read.js';
import { at } from '../../../src/content/validate-read.js';
import type { Position, PositionMap } from './positions.js';
import { plainYamlError } from './yaml-errors.js';

export interface YamlPart {
  /** The YAML text. */
  text: string;
  /** Position of the text's first character in the file. */
  start: Position;
  /** Structural path the part's value has in the file's content, e.g. `bank[3]`; '' for the whole file. */
  path: string;
}

export interface YamlRead {
  value: unknown;
  problems: Problem[];
}

/** Parses `part`, adds the positions of its keys and items to `positions`; the value is undefined after a syntax error. */
export function readYaml(file: string, part: YamlPart, positions: PositionMap): YamlRead {
  const lines = new LineCounter();
  // uniqueKeys (the default) reports a key written twice; the core schema reads yes/no as text, not booleans.
  const doc = parseDocument(part.text, { lineCounter: lines, prettyErrors: false, schema: 'core' });
  const place = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line: part.start.line + line - 1, column: line === 1 ? part.start.column + col - 1 : col + part.start.column - 1 };
  };
  const first = doc.errors[0];
  if (first) {
    // Later errors in the same part are mostly echoes of the first.
    const plain = plainYamlError(first, part.text);
    return { value: undefined, problems: [{ file, path: '', ...place(plain.offset), message: plain.message, fix: plain.fix }] };
  }
  const problems: Problem[] = [];
  if (doc.contents) walk(doc.contents, part.path, { positions, place, problems, file, text: part.text });
  return { value: doc.toJS(), problems };
}

interface Walk {
  positions: PositionMap;
  place: (offset: number) => Position;
  problems: Problem[];
  file: string;
  text: string;
}

function walk(node: Node, path: string, w: Walk): void {
  if (node.range && !w.positions.has(path)) w.positions.set(path, w.place(node.range[0]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyPath = at(path, key);
      if (isScalar(pair.key) && pair.key.range) w.positions.set(keyPath, w.place(pair.key.range[0]));
      if (pair.value) walk(pair.value as Node, keyPath, w);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (item) walk(item as Node, at(path, i), w);
    });
  } else if (isScalar(node) && node.type === 'PLAIN' && node.comment !== undefined && node.range) {
    trailingComment(node.range[1], path, w);
  }
}

/** `text: Call control #5 now` silently becomes "Call control": say so instead of losing the words. */
function trailingComment(end: number, path: string, w: Walk): void {
  const hash = w.text.indexOf('#', end);
  if (hash === -1 || w.text.slice(end, hash).includes('\n')) return;
  w.problems.push({
    file: w.file,
    path,
    ...w.place(hash),
    message: 'the text after " #" is read as a comment and left out',
    fix: 'put the whole text in double quotes ("…")',
  });
}
