/**
 * Pictures in a module file: a paragraph that is only a Markdown image,
 * `![What it shows](media/radio.svg "Caption")`, and the points of a labelled
 * graphic, `- **Label** (62%, 40%): what the point says`. modules/README.md
 * describes both.
 */
import type { Image as MdImage, List, ListItem, Paragraph } from 'mdast';
import { at } from '../../../src/content/validate-read.js';
import { DECORATIVE_ALT } from '../../../src/content/validate-image.js';
import { plainText, type Markup } from './markdown-text.js';
import { startOf, type Position, type PositionMap } from './positions.js';

/** What the module reader lends these helpers: where to put problems and positions. */
export interface PartReader {
  readonly positions: PositionMap;
  readonly broken: string[];
  problem(path: string, where: Position, message: string, fix: string): void;
}

export const GRAPHIC = /^graphic\s*:\s*/i;
/** After the bold label: `(x%, y%): text`, the marker's place in % of the picture's width and height. */
const POINT_REST = /^\s*\(\s*(-?\d+(?:\.\d+)?)\s*%?\s*,\s*(-?\d+(?:\.\d+)?)\s*%?\s*\)\s*:\s*([\s\S]*)$/;
export const POINT_SYNTAX = '- **Label** (x%, y%): what the point says, e.g. - **Radio** (62%, 40%): worn on the left shoulder';

type Rec = Record<string, unknown>;

/** The image, when the paragraph holds nothing else (spaces aside). */
export function onlyImage(node: Paragraph): MdImage | undefined {
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return parts.length === 1 && parts[0]!.type === 'image' ? parts[0] : undefined;
}

/** `![decorative](…)` marks a picture that says nothing the text does not; any other alt text is kept as written. */
export function imageRecord(image: MdImage): Rec {
  const alt = image.alt?.trim() ?? '';
  const record: Rec = { src: image.url };
  if (alt.toLowerCase() === DECORATIVE_ALT) record['decorative'] = true;
  else if (alt !== '') record['alt'] = alt;
  if (image.title?.trim()) record['caption'] = image.title.trim();
  return record;
}

export type PointRead = { point: Rec } | { problem: { message: string; fix: string } };

/** One `- **Label** (x%, y%): text` item of a graphic; `markup` collects what the text would not show. */
export function graphicPoint(item: ListItem, markup: Markup[]): PointRead {
  const [only, ...more] = item.children;
  const [label, ...rest] = only?.type === 'paragraph' ? only.children : [];
  if (more.length > 0 || label?.type !== 'strong') {
    return { problem: { message: 'a point of a graphic starts with its label in bold', fix: `write it as ${POINT_SYNTAX}` } };
  }
  const match = POINT_REST.exec(plainText(rest, markup));
  if (!match) return { problem: { message: "the point's marker place is missing", fix: `write it in brackets after the label, as ${POINT_SYNTAX}` } };
  return { point: { label: plainText(label.children, markup), text: match[3]!.trim(), x: Number(match[1]), y: Number(match[2]) } };
}

/** A graphic's points at `path`, each placed at its line; a point that cannot be read is reported, and left empty. */
export function readGraphicPoints(reader: PartReader, node: List, path: string): Rec[] {
  reader.positions.set(path, startOf(node));
  return node.children.map((item, i) => {
    const itemPath = at(path, i);
    const where = startOf(item);
    for (const key of ['', 'label', 'text', 'x', 'y']) reader.positions.set(key ? at(itemPath, key) : itemPath, where);
    const markup: Markup[] = [];
    const read = graphicPoint(item, markup);
    for (const m of markup) reader.problem(itemPath, startOf(m.node), `${m.what} is not shown in the course`, m.fix);
    if ('point' in read) return read.point;
    reader.broken.push(itemPath);
    reader.problem(itemPath, where, read.problem.message, read.problem.fix);
    return {};
  });
}

/** What a finished graphic lacks, if anything: its picture, or its points. */
export function graphicMissing(block: Rec, path: string): { broken: string[]; message: string; fix: string } | undefined {
  const title = String(block['title']);
  if (block['image'] === undefined) {
    return { broken: [at(path, 'image'), at(path, 'points')], message: `the graphic "${title}" has no picture`, fix: 'write the picture right after the ### Graphic: heading, e.g. ![What it shows](media/file.svg), then a - list of its points' };
  }
  if (block['points'] === undefined) return { broken: [at(path, 'points')], message: `the graphic "${title}" has no points`, fix: `write them as a - list after its picture, as ${POINT_SYNTAX}` };
  return undefined;
}
