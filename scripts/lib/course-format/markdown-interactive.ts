/**
 * Reads the accordion, tabs and steps blocks of a module file
 * (src/content/interactive-blocks.ts; syntax in modules/README.md):
 *
 *   ### Accordion: title   then   #### Section heading, with paragraphs and - lists below
 *   ### Tabs: title        then   #### Tab name, with paragraphs and - lists below
 *   ### Steps: title       then   one numbered list, 1. **Step name**: what to do
 *
 * An accordion or tabs block runs until the next ## or ### heading or tip; a
 * steps block ends with its list. ModuleReader (markdown-module.ts) hands each node
 * to the open block; this file says where a part is out of place.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { INTERACTIVE_PARTS, type InteractiveKind } from '../../../src/content/interactive-blocks.js';
import { nearest } from '../../../src/content/nearest.js';
import { at, type Rec } from '../../../src/content/validate-read.js';
import { startOf, type Position, type PositionMap } from './positions.js';

export const INTERACTIVE_HEADINGS: Record<InteractiveKind, string> = { accordion: 'Accordion', tabs: 'Tabs', steps: 'Steps' };
const HEADING = /^(accordion|tabs|steps)\s*:\s*/i;

/** `### Tab: …` → `Tabs`: the ### heading word a misspelt one probably is, or undefined. */
export function nearestHeading(text: string): string | undefined {
  const word = /^([^:\s]+)\s*:/.exec(text)?.[1];
  return word === undefined ? undefined : nearest(word, ['Scenario', 'Graphic', ...Object.values(INTERACTIVE_HEADINGS)]);
}

/** What the module reader lends an open block. */
export interface BlockHost {
  readonly positions: PositionMap;
  readonly broken: string[];
  problem(path: string, where: Position, message: string, fix: string): void;
  text(children: PhrasingContent[], path: string): string;
  listItems(node: List, path: string): string[];
}

/** The kind and title of a `### Accordion: title` (`Tabs`, `Steps`) heading, or undefined for any other heading. */
export function interactiveHeading(text: string): { kind: InteractiveKind; title: string } | undefined {
  const found = HEADING.exec(text);
  return found ? { kind: found[1]!.toLowerCase() as InteractiveKind, title: text.slice(found[0].length).trim() } : undefined;
}

/** An accordion, tabs or steps block being read: `block` is already in its lesson at `path`. */
export class OpenBlock {
  private readonly entries: Rec[] = [];
  /** The section or tab that paragraphs and lists go into now. */
  private panel: { blocks: Rec[]; path: string } | undefined;
  private readonly heading: string;

  constructor(
    private readonly host: BlockHost,
    readonly kind: InteractiveKind,
    title: string,
    readonly block: Rec,
    private readonly path: string,
    where: Position,
  ) {
    this.heading = `### ${INTERACTIVE_HEADINGS[kind]}:`;
    block['title'] = title;
    block[INTERACTIVE_PARTS[kind].list] = this.entries;
    host.positions.set(at(path, INTERACTIVE_PARTS[kind].list), where);
  }

  /** Who this block is, for messages: `the accordion "What to say"`. */
  private get name(): string {
    return `the ${this.kind} "${String(this.block['title'])}"`;
  }

  /** A `####` heading: the next section or tab. */
  subheading(node: Heading, text: string): void {
    const where = startOf(node);
    if (node.depth !== 4) {
      return this.host.problem('', where, `a ${'#'.repeat(node.depth)} heading inside ${this.name}`, `use #### for each ${INTERACTIVE_PARTS[this.kind].noun}`);
    }
    if (this.kind === 'steps') {
      return this.host.problem(this.path, where, `a #### heading in ${this.name}`, 'write each step as a numbered line instead: 1. **Step name**: what to do');
    }
    const path = at(at(this.path, INTERACTIVE_PARTS[this.kind].list), this.entries.length);
    const blocks: Rec[] = [];
    this.entries.push({ title: text, blocks });
    this.panel = { blocks, path };
    this.host.positions.set(path, where);
    this.host.positions.set(at(path, 'title'), where);
    this.host.positions.set(at(path, 'blocks'), where);
  }

  paragraph(node: Paragraph): void {
    const where = startOf(node);
    const panel = this.panel;
    if (this.kind === 'steps') {
      return this.host.problem(this.path, where, `text between the ${this.heading} heading and its numbered list`, 'put it in a step (1. **Step name**: what to do), or above the ### Steps: heading');
    }
    if (!panel) {
      const noun = INTERACTIVE_PARTS[this.kind].noun;
      return this.host.problem(this.path, where, `text before the first #### ${noun} heading of ${this.name}`, `put it under a #### ${noun} heading, or above the ${this.heading} heading`);
    }
    const path = at(at(panel.path, 'blocks'), panel.blocks.length);
    this.host.positions.set(path, where);
    this.host.positions.set(at(path, 'text'), where);
    panel.blocks.push({ kind: 'paragraph', text: this.host.text(node.children, at(path, 'text')) });
  }

  /** A list: a section's or tab's, or the steps. True when it ends the block (steps hold one list). */
  list(node: List): boolean {
    const where = startOf(node);
    if (this.kind === 'steps') {
      if (!node.ordered) this.host.problem(this.path, where, `${this.name} are a - list, not a numbered one`, 'number them instead: 1. **Step name**: what to do, then 2. and so on');
      node.children.forEach((item) => this.step(item));
      return true;
    }
    if (!this.panel) {
      const noun = INTERACTIVE_PARTS[this.kind].noun;
      this.host.problem(this.path, where, `a list before the first #### ${noun} heading of ${this.name}`, `put it under a #### ${noun} heading, or above the ${this.heading} heading`);
      return false;
    }
    const path = at(at(this.panel.path, 'blocks'), this.panel.blocks.length);
    this.host.positions.set(path, where);
    this.host.positions.set(at(path, 'items'), where);
    this.panel.blocks.push({ kind: 'list', items: this.host.listItems(node, at(path, 'items')) });
    return false;
  }

  /** A question or anything else that cannot go inside the block. */
  inside(what: string, where: Position): void {
    const ends = this.kind === 'steps' ? 'the steps end with their numbered list' : `${this.name} runs until the next ## or ### heading or tip`;
    this.host.problem(this.path, where, `${what} inside ${this.name}`, `move it above the ${this.heading} heading, or below the block: ${ends}`);
  }

  /** `1. **Step name**: what to do` → { title, text }. */
  private step(item: ListItem): void {
    const path = at(at(this.path, 'steps'), this.entries.length);
    const where = startOf(item);
    for (const key of ['', 'title', 'text']) this.host.positions.set(key ? at(path, key) : path, where);
    const [only, ...more] = item.children;
    if (more.length > 0 || only?.type !== 'paragraph') {
      this.host.problem(path, startOf(more[0] ?? only ?? item), 'a step holds one line: its name in ** **, a colon, then what to do', 'write it as 1. **Step name**: what to do, without blank lines or lists inside it');
    }
    const words = only?.type === 'paragraph' ? only.children : [];
    const [first, ...rest] = words;
    if (first?.type !== 'strong') {
      this.host.broken.push(at(path, 'title'));
      this.host.problem(at(path, 'title'), where, 'the step has no name', 'start it with the name in ** **, then a colon: 1. **Tell control**: say where you are going');
      this.entries.push({ title: '', text: this.host.text(words, at(path, 'text')) });
      return;
    }
    // The colon may be written inside the bold (**Tell control:**) or after it.
    const title = this.host.text(first.children, at(path, 'title')).replace(/\s*:$/, '');
    const text = this.host.text(rest, at(path, 'text')).replace(/^[:\s]+/, '');
    this.entries.push({ title, text });
  }
}
