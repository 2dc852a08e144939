/**
 * The lesson blocks an officer opens, switches or follows: accordion, tabs and
 * process steps (`### Accordion: …`, `### Tabs: …`, `### Steps: …` in a
 * module file; modules/README.md). Kept apart from types.ts so each kind is
 * one self-contained piece: its shape here, its reader, its check, its
 * translation units and its component.
 */
import type { TextBlock } from './text-block.js';

/** One accordion section or one tab: a title and the text shown under it. */
export interface Panel {
  title: string;
  blocks: TextBlock[];
}

/** One step of a process: a short name and what to do. */
export interface ProcessStep {
  title: string;
  text: string;
}

/** Sections that open and close one by one; all closed at first. */
export interface AccordionBlock {
  kind: 'accordion';
  title: string;
  sections: Panel[];
}

/** Tabs that each show one panel; the first is shown at first. */
export interface TabsBlock {
  kind: 'tabs';
  title: string;
  tabs: Panel[];
}

/** A numbered process: every step shown, in order. */
export interface StepsBlock {
  kind: 'steps';
  title: string;
  steps: ProcessStep[];
}

export type InteractiveBlock = AccordionBlock | TabsBlock | StepsBlock;
export type InteractiveKind = InteractiveBlock['kind'];

/** The list of each kind and the noun of one entry, as the format, the validator and the translation keys name them. */
export const INTERACTIVE_PARTS = {
  accordion: { list: 'sections', noun: 'section' },
  tabs: { list: 'tabs', noun: 'tab' },
  steps: { list: 'steps', noun: 'step' },
} as const satisfies Record<InteractiveKind, { list: string; noun: string }>;

/** Fewest entries that make each kind worth its controls: one tab or one step alone is just text. */
export const INTERACTIVE_MIN: Record<InteractiveKind, number> = { accordion: 1, tabs: 2, steps: 2 };
