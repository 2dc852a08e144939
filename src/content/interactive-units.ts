/**
 * Translation units of the accordion, tabs and steps blocks: the title, then
 * each section, tab or step counted from 1 (`m6_l_calm.block3.tab2.title`,
 * `m6_l_calm.block3.tab2.block1.text`, `m8_l_facts.block4.step1.text`), as
 * lesson blocks are counted in translation-units.ts.
 */
import { INTERACTIVE_PARTS, type InteractiveBlock } from './interactive-blocks.js';
import type { Unit } from './translation-unit.js';
import type { TextBlock } from './text-block.js';

type Target = (string | number)[];
type TextUnits = (block: TextBlock, key: string, at: Target) => Unit[];

export function interactiveUnits(block: InteractiveBlock, key: string, at: Target, textUnits: TextUnits): Unit[] {
  const units: Unit[] = [{ key: `${key}.title`, source: block.title, target: [...at, 'title'] }];
  const { list, noun } = INTERACTIVE_PARTS[block.kind];
  const entryKey = (i: number) => `${key}.${noun}${i + 1}`;
  if (block.kind === 'steps') {
    block.steps.forEach((step, i) => {
      const target = [...at, list, i];
      units.push({ key: `${entryKey(i)}.title`, source: step.title, target: [...target, 'title'] }, { key: `${entryKey(i)}.text`, source: step.text, target: [...target, 'text'] });
    });
    return units;
  }
  const panels = block.kind === 'accordion' ? block.sections : block.tabs;
  panels.forEach((panel, i) => {
    const target = [...at, list, i];
    units.push({ key: `${entryKey(i)}.title`, source: panel.title, target: [...target, 'title'] });
    panel.blocks.forEach((b, j) => units.push(...textUnits(b, `${entryKey(i)}.block${j + 1}`, [...target, 'blocks', j])));
  });
  return units;
}
