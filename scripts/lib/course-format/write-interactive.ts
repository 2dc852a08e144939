/**
 * Writes the accordion, tabs and steps blocks as a module file holds them
 * (the syntax markdown-interactive.ts reads; modules/README.md).
 */
import type { RootContent } from 'mdast';
import type { InteractiveBlock } from '../../../src/content/interactive-blocks.js';
import type { TextBlock } from '../../../src/content/types.js';
import { INTERACTIVE_HEADINGS } from './markdown-interactive.js';

const heading = (depth: 3 | 4, text: string): RootContent => ({ type: 'heading', depth, children: [{ type: 'text', value: text }] });

export function interactiveNodes(block: InteractiveBlock, textNodes: (block: TextBlock) => RootContent[]): RootContent[] {
  const title = heading(3, `${INTERACTIVE_HEADINGS[block.kind]}: ${block.title}`);
  if (block.kind === 'steps') {
    const items = block.steps.map((step): RootContent => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: step.title }] }, { type: 'text', value: `: ${step.text}` }] }],
    }));
    return [title, { type: 'list', ordered: true, start: 1, spread: false, children: items } as RootContent];
  }
  const panels = block.kind === 'accordion' ? block.sections : block.tabs;
  return [title, ...panels.flatMap((panel) => [heading(4, panel.title), ...panel.blocks.flatMap(textNodes)])];
}
