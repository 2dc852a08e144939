/**
 * Writes a module's data as a module file (the format parseModuleMarkdown
 * reads). Used by the one-off migration, the scaffolds (`npm run new`) and the
 * tests that write courses. Text is escaped by mdast-util-to-markdown and the
 * YAML by `yaml`, so any text survives the round trip.
 */
import type { BlockContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block, Image, Module, Question } from '../../../src/content/types.js';
import { DECORATIVE_ALT } from '../../../src/content/validate-image.js';
import { interactiveNodes } from './write-interactive.js';
import { JOB_AID_HEADING, SECTION_HEADINGS, SUMMARY_HEADING } from './markdown-module.js';

/** Module settings written at the top; everything else is Markdown. */
type Settings = Pick<Module, 'id' | 'minutes' | 'objectives'>;

export function writeModuleMarkdown(module: Module): string {
  const { id, minutes, objectives } = module;
  const settings: Settings = { id, minutes, objectives };
  const children: RootContent[] = [{ type: 'yaml', value: yamlText(settings).trimEnd() }, heading(1, module.title)];
  for (const lesson of module.lessons) {
    children.push(heading(2, `${lesson.title} {#${lesson.id}}`));
    for (const block of lesson.blocks) children.push(...blockNodes(block));
  }
  if (module.summary) children.push(heading(2, SUMMARY_HEADING), ...blockNodes({ kind: 'list', items: module.summary }));
  if (module.jobAid) {
    children.push(heading(2, `${JOB_AID_HEADING}: ${module.jobAid.title}`));
    for (const block of module.jobAid.blocks) children.push(...blockNodes(block));
  }
  for (const key of ['check', 'bank'] as const) {
    if (module[key].length === 0) continue;
    children.push(heading(2, SECTION_HEADINGS[key]), ...module[key].map(questionBlock));
  }
  const root: Root = { type: 'root', children };
  const text = toMarkdown(root, { extensions: [frontmatterToMarkdown(['yaml'])], bullet: '-', fences: true, rule: '-' });
  // GitHub's tip marker is written as is, not as an escaped "\[".
  return text.replace(/^> \\\[!TIP\]$/gm, '> [!TIP]');
}

/** YAML as a trainer would write it: block style, one line per text, quotes only where needed. */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, indentSeq: true });
}

/** One ```question block as a module file holds it, for inserting into a file as it is (`npm run new -- question`). */
export function questionMarkdown(question: Question): string {
  return toMarkdown({ type: 'root', children: [questionBlock(question)] }, { fences: true });
}

function heading(depth: 1 | 2 | 3, text: string): RootContent {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

const paragraph = (text: string): BlockContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

function blockNodes(block: Block): RootContent[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(block.text)];
    case 'list':
      return [{ type: 'list', ordered: false, spread: false, children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })) }];
    case 'tip':
      return [{ type: 'blockquote', children: [paragraph(`[!TIP]\n${block.text}`)] }];
    case 'image':
      return [picture(block)];
    case 'graphic':
      return [heading(3, `Graphic: ${block.title}`), picture(block.image), {
        type: 'list', ordered: false, spread: false,
        children: block.points.map((p) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: p.label }] }, { type: 'text', value: ` (${p.x}%, ${p.y}%): ${p.text}` }] }] })),
      }];
    case 'scenario':
      return [heading(3, `Scenario: ${block.title}`), ...(block.image ? [picture(block.image)] : []), paragraph(block.text), questionBlock(block.question)];
    case 'accordion':
    case 'tabs':
    case 'steps':
      return interactiveNodes(block, blockNodes);
  }
}

/** `![alt](src "caption")` on its own line; the size is read from the file again. */
function picture(image: Image): BlockContent {
  const alt = image.decorative ? DECORATIVE_ALT : (image.alt ?? '');
  return { type: 'paragraph', children: [{ type: 'image', url: image.src, alt, title: image.caption ?? null }] };
}

function questionBlock(question: Question): RootContent {
  return { type: 'code', lang: 'question', value: yamlText(question).trimEnd() };
}
