/**
 * Reads a module file (`modules/NN-name.md`) into the module's data: the
 * settings in YAML front matter, the lessons as Markdown, the questions as
 * ```question blocks of YAML. Parsing is CommonMark (mdast-util-from-markdown)
 * and YAML (yaml); this file only maps the parsed tree onto the course model
 * and says where a part is out of place. modules/README.md describes the format.
 */
import type { Code, Heading, List, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Problem } from '../../../src/content/validate-read.js';
import type { PartReader } from './markdown-media.js';
import { at } from '../../../src/content/validate-read.js';
import { GRAPHIC, graphicMissing, imageRecord, onlyImage, readGraphicPoints } from './markdown-media.js';
import { plainText, type Markup } from './markdown-text.js';
import { interactiveHeading, nearestHeading, OpenBlock } from './markdown-interactive.js';
import { startOf, type Position, type PositionMap } from './positions.js';
import { readYaml } from './yaml-read.js';

/** `## Knowledge check` and `## Final assessment questions` open the two question sections. */
export const SECTION_HEADINGS = { check: 'Knowledge check', bank: 'Final assessment questions' } as const;
/** `## Summary` (a - list of key points) and `## Job aid: title` close the lessons, before the questions. */
export const SUMMARY_HEADING = 'Summary';
export const JOB_AID_HEADING = 'Job aid';
const JOB_AID = /^job aid\s*(?::\s*|$)/i;
/** `## Lesson title {#lesson_id}`: the id written after the title, as in Pandoc and kramdown. */
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
const SCENARIO = /^scenario\s*:\s*/i;
/** GitHub's alert syntax, so the tip looks like a tip on GitHub too. */
const TIP = /^\[!TIP\]\s*/i;
/** Written in the Markdown part of the file, never in the settings at the top. */
const MARKDOWN_PARTS: Record<string, string> = {
  title: 'the module title is the # heading below the settings',
  lessons: 'each lesson is a ## heading with its id, e.g. ## Title {#m1_l_name}',
  check: `the knowledge check is the questions under ## ${SECTION_HEADINGS.check}`,
  bank: `the final assessment questions are the questions under ## ${SECTION_HEADINGS.bank}`,
  summary: `the summary is the - list under ## ${SUMMARY_HEADING}`,
  jobAid: `the job aid is the text under ## ${JOB_AID_HEADING}: title`,
};

const MODULE_KEYS = ['id', 'title', 'minutes', 'objectives', 'lessons', 'summary', 'jobAid', 'check', 'bank'];

export interface ParsedFile {
  value: unknown;
  positions: PositionMap;
  problems: Problem[];
  /** Paths already reported here (YAML parts that could not be read, a lesson without id): the validator's "missing" there is noise. */
  broken: string[];
}

type Rec = Record<string, unknown>;
type Section = 'lessons' | 'check' | 'bank';
/** The two closing parts: each written once, after the lessons. */
type Closing = 'summary' | 'jobAid';
const CLOSING_NAMES: Record<Closing, string> = { summary: `## ${SUMMARY_HEADING}`, jobAid: `## ${JOB_AID_HEADING}` };

export function parseModuleMarkdown(file: string, source: string): ParsedFile {
  const tree = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const reader = new ModuleReader(file);
  const [first, ...rest] = tree.children;
  if (first?.type === 'yaml') reader.settings(first.value, startOf(first));
  else reader.problem('', { line: 1, column: 1 }, 'the module settings are missing at the top', 'start the file with a --- line, then id:, minutes: and objectives:, then another --- line (see modules/README.md)');
  for (const node of first?.type === 'yaml' ? rest : tree.children) reader.node(node);
  return reader.finish();
}

class ModuleReader implements PartReader {
  readonly positions: PositionMap = new Map();
  readonly problems: Problem[] = [];
  readonly broken: string[] = [];
  private readonly module: Rec = {};
  private readonly lists: Record<Section, Rec[]> = { lessons: [], check: [], bank: [] };
  private section: Section | Closing | undefined;
  private summary: string[] | undefined;
  private jobAid: { title: string; blocks: Rec[] } | undefined;
  /** The scenario waiting for its paragraph or its question. */
  private scenario: { block: Rec; path: string; at: Position } | undefined;
  /** The accordion, tabs or steps block that paragraphs, lists and #### headings go into. */
  private open: OpenBlock | undefined;
  /** The graphic waiting for its picture or its list of points. */
  private graphic: { block: Rec; path: string; at: Position } | undefined;

  constructor(private readonly file: string) {}

  problem(path: string, where: Position, message: string, fix: string): void {
    this.problems.push({ file: this.file, path, ...where, message, fix });
  }

  settings(yaml: string, fence: Position): void {
    const read = readYaml(this.file, { text: yaml, start: { line: fence.line + 1, column: 1 }, path: '' }, this.positions);
    this.problems.push(...read.problems);
    if (read.value === undefined) this.broken.push('');
    if (read.value === undefined || read.value === null) return;
    if (typeof read.value !== 'object' || Array.isArray(read.value)) {
      return this.problem('', fence, 'the settings at the top are not a list of name: value lines', 'write id:, minutes: and objectives: between the --- lines');
    }
    for (const [key, value] of Object.entries(read.value as Rec)) {
      const inMarkdown = MARKDOWN_PARTS[key];
      if (inMarkdown) this.problem(key, this.positions.get(key) ?? fence, `"${key}" does not belong in the settings`, `remove it: ${inMarkdown}`);
      else this.module[key] = value;
    }
  }

  node(node: RootContent): void {
    if (this.open && this.intoOpenBlock(node, this.open)) return;
    if (node.type !== 'paragraph' && node.type !== 'list') this.endGraphic();
    switch (node.type) {
      case 'heading':
        return this.heading(node);
      case 'paragraph':
        return this.paragraph(node);
      case 'list':
        return this.list(node);
      case 'blockquote':
        return this.tip(node);
      case 'code':
        return this.question(node);
      case 'definition':
        return this.problem('', startOf(node), 'a line of the form [name]: address is a link definition, which the course does not show', 'remove it, or write \\[ to start a paragraph with [');
      case 'yaml':
        return this.problem('', startOf(node), 'only the top of the file holds settings between --- lines', 'remove these --- lines, or, for a horizontal line, leave it out: the course has none');
      default:
        return this.problem('', startOf(node), `${describeNode(node)} is not part of the course format`, 'use paragraphs, - lists, > [!TIP] tips, pictures, ### Scenario:, ### Graphic:, ### Accordion:, ### Tabs: or ### Steps: headings and ```question blocks (see modules/README.md)');
    }
  }

  /** True when the node belonged to the open accordion, tabs or steps block (or was reported inside it). */
  private intoOpenBlock(node: RootContent, open: OpenBlock): boolean {
    switch (node.type) {
      case 'heading':
        if (node.depth <= 3) {
          this.open = undefined;
          return false;
        }
        open.subheading(node, this.text(node.children, ''));
        return true;
      case 'blockquote':
        // A tip ends the block, so a lesson can go on with a tip right after an accordion or tabs.
        this.open = undefined;
        return false;
      case 'paragraph':
        open.paragraph(node);
        return true;
      case 'list':
        if (open.list(node)) this.open = undefined;
        return true;
      default:
        open.inside(node.type === 'code' && node.lang === 'question' ? 'a question' : describeNode(node), startOf(node));
        return true;
    }
  }

  private heading(node: Heading): void {
    this.endScenario();
    const text = this.text(node.children, '');
    const where = startOf(node);
    if (node.depth === 1) {
      if (this.module['title'] !== undefined) return this.problem('title', where, 'a module has one # title', 'make this a ## lesson heading with its id, or remove it');
      this.module['title'] = text;
      this.positions.set('title', where);
      return;
    }
    if (node.depth === 2) return this.sectionHeading(text, where);
    if (node.depth === 3 && SCENARIO.test(text)) return this.startTitled('scenario', text.replace(SCENARIO, ''), where);
    if (node.depth === 3 && GRAPHIC.test(text)) return this.startTitled('graphic', text.replace(GRAPHIC, ''), where);
    const interactive = node.depth === 3 ? interactiveHeading(text) : undefined;
    if (interactive) return this.startInteractive(interactive, where);
    const fix =
      node.depth === 3
        ? `${nearestHeading(text) ? `did you mean ### ${nearestHeading(text)}:? ` : ''}write ### Scenario:, ### Graphic:, ### Accordion:, ### Tabs: or ### Steps: and a title`
        : node.depth === 4
          ? 'a #### heading starts a section of an ### Accordion: or a tab of ### Tabs: — write one of those above it, or use ## for a lesson'
          : 'use ## for a lesson, or ### Scenario:, ### Graphic:, ### Accordion:, ### Tabs: or ### Steps: for a block';
    this.problem('', where, `a ${'#'.repeat(node.depth)} heading is not part of the course format`, fix);
  }

  private sectionHeading(text: string, where: Position): void {
    const id = HEADING_ID.exec(text);
    const title = text.replace(HEADING_ID, '');
    if (!id && title.toLowerCase() === SUMMARY_HEADING.toLowerCase()) return this.closingHeading('summary', where);
    if (!id && JOB_AID.test(title)) return this.closingHeading('jobAid', where, title.replace(JOB_AID, '').trim());
    const named = (Object.keys(SECTION_HEADINGS) as (keyof typeof SECTION_HEADINGS)[]).find((k) => SECTION_HEADINGS[k].toLowerCase() === title.toLowerCase());
    if (!id && named) {
      if (this.lists[named].length > 0 || this.section === named) return this.problem('', where, `## ${SECTION_HEADINGS[named]} is written twice`, 'keep one, with all its questions under it');
      this.section = named;
      return;
    }
    if (this.section === 'summary' || this.section === 'jobAid') {
      this.problem('', where, `a lesson comes after ${CLOSING_NAMES[this.section]}`, `move ${CLOSING_NAMES[this.section]} below the last lesson`);
    }
    if (this.section === 'check' || this.section === 'bank') {
      this.problem('', where, `a lesson comes after ## ${SECTION_HEADINGS[this.section]}`, 'move the lessons above the knowledge check and the final assessment questions');
    }
    this.section = 'lessons';
    const path = at('lessons', this.lists.lessons.length);
    const lesson: Rec = { title, blocks: [] };
    if (id) lesson['id'] = id[1]!.trim();
    else {
      this.broken.push(at(path, 'id'));
      this.problem(at(path, 'id'), where, `the lesson "${title}" has no id`, `write its id after the title, e.g. ## ${title} {#m_l_${slug(title)}}`);
    }
    this.lists.lessons.push(lesson);
    this.positions.set(path, where);
    this.positions.set(at(path, 'title'), where);
    this.positions.set(at(path, 'id'), { line: where.line, column: where.column + idOffset(id) });
  }

  /** `## Summary` or `## Job aid: title`: after the lessons, before the questions, once each. */
  private closingHeading(part: Closing, where: Position, title?: string): void {
    const name = CLOSING_NAMES[part];
    if (this[part] !== undefined) return this.problem('', where, `${name} is written twice`, 'keep one, with all its text under it');
    if (this.section === 'check' || this.section === 'bank') {
      this.problem('', where, `${name} comes after ## ${SECTION_HEADINGS[this.section]}`, `move it above ## ${SECTION_HEADINGS.check}, right after the last lesson`);
    }
    this.section = part;
    this.positions.set(part, where);
    if (part === 'summary') {
      this.summary = [];
      return;
    }
    this.jobAid = { title: title ?? '', blocks: [] };
    this.positions.set(at(part, 'title'), where);
    if (!title) this.broken.push(at(part, 'title'));
    if (!title) this.problem(at(part, 'title'), where, 'the job aid has no title', `write it after the colon, e.g. ## ${JOB_AID_HEADING}: Greet, inform, respond`);
  }

  /** `### Scenario: title` or `### Graphic: title`: a block that waits for the parts written under its heading. */
  private startTitled(kind: 'scenario' | 'graphic', title: string, where: Position): void {
    const path = this.blockPath();
    if (path === undefined) return this.outsideLesson(where, `a ${kind}`);
    const block: Rec = { kind, title };
    this.addBlock(block, where);
    this[kind] = { block, path, at: where };
  }

  private startInteractive({ kind, title }: NonNullable<ReturnType<typeof interactiveHeading>>, where: Position): void {
    const path = this.blockPath();
    if (path === undefined) return this.outsideLesson(where, kind === 'accordion' ? 'an accordion' : kind === 'tabs' ? 'tabs' : 'steps');
    const block: Rec = { kind };
    this.addBlock(block, where);
    this.open = new OpenBlock(this, kind, title, block, path, where);
  }

  private paragraph(node: Paragraph): void {
    const where = startOf(node);
    const image = onlyImage(node);
    if (this.graphic) return this.graphicPicture(node, image);
    const scenario = this.scenario;
    if (image && scenario && scenario.block['text'] === undefined && scenario.block['image'] === undefined) {
      scenario.block['image'] = this.image(image, at(scenario.path, 'image'), where);
      return;
    }
    if (image && !scenario && this.section === 'lessons') {
      const path = this.blockPath()!;
      return this.addBlock({ kind: 'image', ...this.image(image, path, where) }, where);
    }
    if (image && this.section === 'jobAid') return this.problem('jobAid', where, 'the job aid holds no pictures', 'it is printed as text: put the picture in a lesson above');
    if (scenario && scenario.block['text'] === undefined) {
      scenario.block['text'] = this.text(node.children, at(scenario.path, 'text'));
      this.positions.set(at(scenario.path, 'text'), where);
      return;
    }
    if (scenario) {
      this.problem(at(scenario.path, 'text'), where, 'a scenario has one paragraph describing the situation, then its question', 'join the paragraphs into one, or put this paragraph after the ```question block');
      return;
    }
    if (this.section === 'summary') {
      return this.problem('summary', where, 'the summary is a list of key points', 'write each point as a - item, with no paragraphs');
    }
    if (this.section === 'jobAid') return this.addJobAidBlock({ kind: 'paragraph', text: this.text(node.children, at(this.jobAidBlockPath(), 'text')) }, where);
    if (this.blockPath() === undefined) return this.outsideLesson(where, 'text');
    const path = this.blockPath()!;
    this.addBlock({ kind: 'paragraph', text: this.text(node.children, at(path, 'text')) }, where);
  }

  private list(node: List): void {
    this.endScenario();
    const where = startOf(node);
    if (this.graphic) return this.graphicPoints(node);
    if (this.section === 'summary') {
      if (this.summary!.length > 0) return this.problem('summary', where, 'the summary holds one list', 'join the lists: every key point is a - item of the same list');
      this.positions.set('summary', where);
      this.summary!.push(...this.listItems(node, 'summary'));
      return;
    }
    if (this.section === 'jobAid') return this.addJobAidBlock({ kind: 'list', items: this.listItems(node, at(this.jobAidBlockPath(), 'items')) }, where);
    const path = this.blockPath();
    if (path === undefined) return this.outsideLesson(where, 'a list');
    this.addBlock({ kind: 'list', items: this.listItems(node, at(path, 'items')) }, where);
  }

  /** The text of each item of a list, which holds one line of text. */
  listItems(node: List, path: string): string[] {
    return node.children.map((item, i) => {
      const itemPath = at(path, i);
      this.positions.set(itemPath, startOf(item));
      const [only, ...more] = item.children;
      if (more.length > 0 || (only && only.type !== 'paragraph')) {
        this.problem(itemPath, startOf(more[0] ?? only!), 'a list item holds one line of text', 'write each point as its own - item, without blank lines or lists inside it');
      }
      return only?.type === 'paragraph' ? this.text(only.children, itemPath) : '';
    });
  }

  /** A picture's fields, placed at `where` so problems with its alt text or file point at its line. */
  private image(node: Extract<Paragraph['children'][number], { type: 'image' }>, path: string, where: Position): Rec {
    for (const key of ['', 'src', 'alt', 'decorative', 'caption']) this.positions.set(key ? at(path, key) : path, where);
    return imageRecord(node);
  }

  /** A graphic's picture, right after its heading. */
  private graphicPicture(node: Paragraph, image: ReturnType<typeof onlyImage>): void {
    const graphic = this.graphic!;
    const where = startOf(node);
    if (image && graphic.block['image'] === undefined) {
      graphic.block['image'] = this.image(image, at(graphic.path, 'image'), where);
      return;
    }
    const has = graphic.block['image'] === undefined ? 'its picture, then' : 'after its picture,';
    this.problem(graphic.path, where, `a graphic holds ${has} a - list of its points, and no paragraphs`, 'move this paragraph above the ### Graphic: heading, or below its list');
  }

  /** The - list of a graphic's labelled points, which ends the graphic. */
  private graphicPoints(node: List): void {
    const graphic = this.graphic!;
    graphic.block['points'] = readGraphicPoints(this, node, at(graphic.path, 'points'));
    this.endGraphic();
  }

  private endGraphic(): void {
    const graphic = this.graphic;
    if (!graphic) return;
    this.graphic = undefined;
    const missing = graphicMissing(graphic.block, graphic.path);
    if (!missing) return;
    this.broken.push(...missing.broken);
    this.problem(graphic.path, graphic.at, missing.message, missing.fix);
  }

  private jobAidBlockPath(): string {
    return at(at('jobAid', 'blocks'), this.jobAid!.blocks.length);
  }

  private addJobAidBlock(block: Rec, where: Position): void {
    const path = this.jobAidBlockPath();
    this.positions.set(path, where);
    this.positions.set(at(path, block['kind'] === 'list' ? 'items' : 'text'), where);
    this.jobAid!.blocks.push(block);
  }

  private tip(node: Extract<RootContent, { type: 'blockquote' }>): void {
    this.endScenario();
    const where = startOf(node);
    const [only, ...more] = node.children;
    const path = this.blockPath();
    if (path === undefined) return this.outsideLesson(where, 'a tip');
    const text = only?.type === 'paragraph' ? this.text(only.children, at(path, 'text')) : '';
    if (!TIP.test(text)) return this.problem(path, where, 'a quote (>) is only used for tips', 'start it with > [!TIP] on its own line, or remove the >');
    if (more.length > 0) this.problem(path, startOf(more[0]!), 'a tip holds one paragraph', 'join its paragraphs, or make a second tip');
    this.addBlock({ kind: 'tip', text: text.replace(TIP, '') }, where);
  }

  private question(node: Code): void {
    const where = startOf(node);
    if (node.lang !== 'question') {
      return this.problem('', where, `a \`\`\`${node.lang ?? ''} block is not part of the course format`, 'questions are written in ```question blocks; other code blocks are not shown');
    }
    const scenario = this.scenario;
    let path: string;
    let add: (q: unknown) => void;
    if (scenario && scenario.block['text'] !== undefined) {
      path = at(scenario.path, 'question');
      add = (q) => (scenario.block['question'] = q);
      this.scenario = undefined;
    } else if (this.section === 'check' || this.section === 'bank') {
      const list = this.lists[this.section];
      path = at(this.section, list.length);
      add = (q) => list.push(q as Rec);
    } else {
      const fix = scenario ? 'write the situation as a paragraph between the ### Scenario: heading and the question' : `put it under ## ${SECTION_HEADINGS.check} or ## ${SECTION_HEADINGS.bank}, or after a ### Scenario: heading and its paragraph`;
      return this.problem('', where, 'this question is not in a scenario, the knowledge check or the final assessment questions', fix);
    }
    // The YAML starts on the line after the ``` fence, indented as far as the fence.
    const read = readYaml(this.file, { text: node.value, start: { line: where.line + 1, column: where.column }, path }, this.positions);
    this.problems.push(...read.problems);
    if (read.value === undefined) this.broken.push(path);
    this.positions.set(path, where);
    add(read.value ?? {});
  }

  finish(): ParsedFile {
    this.endScenario();
    this.endGraphic();
    // Keys in the model's order (types.ts Module), whatever order the settings were written in.
    const closing: Rec = { ...(this.summary && { summary: this.summary }), ...(this.jobAid && { jobAid: this.jobAid }) };
    const all: Rec = { ...this.module, lessons: this.lists.lessons, ...closing, check: this.lists.check, bank: this.lists.bank };
    const value: Rec = {};
    for (const key of [...MODULE_KEYS, ...Object.keys(all)]) if (key in all && !(key in value)) value[key] = all[key];
    if (value['title'] === undefined) this.problem('title', { line: 1, column: 1 }, 'the module has no title', 'write it as a # heading after the settings, e.g. # Night shifts');
    return { value, positions: this.positions, problems: this.problems, broken: this.broken };
  }

  text(children: Paragraph['children'], path: string): string {
    const markup: Markup[] = [];
    const text = plainText(children, markup);
    for (const m of markup) this.problem(path, startOf(m.node), `${m.what} is not shown in the course`, m.fix);
    return text;
  }

  /** Where the next block of the current lesson goes; undefined outside a lesson. */
  private blockPath(): string | undefined {
    if (this.section !== 'lessons') return undefined;
    const lesson = this.lists.lessons[this.lists.lessons.length - 1]!;
    return at(at(at('lessons', this.lists.lessons.length - 1), 'blocks'), (lesson['blocks'] as Rec[]).length);
  }

  private addBlock(block: Rec, where: Position): void {
    const path = this.blockPath()!;
    this.positions.set(path, where);
    if (block['kind'] === 'list' || block['kind'] === 'paragraph' || block['kind'] === 'tip') this.positions.set(at(path, block['kind'] === 'list' ? 'items' : 'text'), where);
    this.positions.set(at(path, 'title'), where);
    const lesson = this.lists.lessons[this.lists.lessons.length - 1]!;
    (lesson['blocks'] as Rec[]).push(block);
  }

  private endScenario(): void {
    const scenario = this.scenario;
    if (!scenario) return;
    this.scenario = undefined;
    const missing = scenario.block['text'] === undefined ? 'its situation (a paragraph) and its question' : 'its question';
    this.problem(scenario.path, scenario.at, `the scenario "${String(scenario.block['title'])}" has no ${missing.replace(/^its /, '')}`, `add ${missing} (a \`\`\`question block) right after the ### Scenario: heading`);
  }

  private outsideLesson(where: Position, what: string): void {
    if (this.section === 'summary' || this.section === 'jobAid') {
      const holds = this.section === 'summary' ? 'a - list of key points' : 'paragraphs and - lists';
      return this.problem('', where, `${what} in ${CLOSING_NAMES[this.section]}`, `${CLOSING_NAMES[this.section]} holds only ${holds}: move it into a lesson above`);
    }
    const fix = this.section ? `only \`\`\`question blocks go under ## ${SECTION_HEADINGS[this.section as 'check' | 'bank']}: move it into a lesson above` : 'start a lesson first with a ## heading and its id, e.g. ## Title {#m1_l_name}';
    this.problem('', where, `${what} outside a lesson`, fix);
  }
}

/** Columns from the heading's first # to its {#id}. */
function idOffset(id: RegExpExecArray | null): number {
  return id ? 3 + (id.index + id[0].indexOf('{')) : 3;
}

function describeNode(node: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = { thematicBreak: 'a horizontal line (--- or ***)', html: 'HTML', table: 'a table', code: 'a code block' };
  return names[node.type] ?? `a ${node.type}`;
}

function slug(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 20) || 'name';
}
