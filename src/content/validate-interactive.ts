/**
 * Checks the accordion, tabs and steps blocks (interactive-blocks.ts). The
 * fixes name the module-file syntax (modules/README.md), as the trainer wrote it.
 */
import { INTERACTIVE_MIN, INTERACTIVE_PARTS, type InteractiveKind } from './interactive-blocks.js';
import type { QuestionContext } from './validate-question.js';
import { at, plural, type Rec } from './validate-read.js';

export type BlockCheck<C extends QuestionContext = QuestionContext> = (ctx: C, block: Rec, path: string) => void;
/** Checks one paragraph or list inside a section or tab (validate.ts's own block check). */
export type TextBlockCheck<C extends QuestionContext = QuestionContext> = (ctx: C, value: unknown, path: string) => void;

/** How each kind's entries are written, for the fixes. */
const HOW: Record<InteractiveKind, string> = {
  accordion: 'write each section as a #### heading with its paragraphs or - list below it',
  tabs: 'write each tab as a #### heading with its paragraphs or - list below it',
  steps: 'write each step as a numbered line: 1. **Step name**: what to do',
};

const HEADING: Record<InteractiveKind, string> = { accordion: '### Accordion:', tabs: '### Tabs:', steps: '### Steps:' };

export const INTERACTIVE_FIELDS: Record<InteractiveKind, string[]> = {
  accordion: ['kind', 'title', 'sections'],
  tabs: ['kind', 'title', 'tabs'],
  steps: ['kind', 'title', 'steps'],
};

export function interactiveChecks<C extends QuestionContext>(checkText: TextBlockCheck<C>): Record<InteractiveKind, BlockCheck<C>> {
  const panels = (kind: 'accordion' | 'tabs'): BlockCheck<C> => (ctx, b, path) => {
    const c = ctx.checker;
    const { noun } = INTERACTIVE_PARTS[kind];
    entries(ctx, b, path, kind).forEach(({ value, path: p }) => {
      const panel = c.record(value, p, `the ${noun} (title, blocks)`);
      if (!panel) return;
      c.keys(panel, p, ['title', 'blocks']);
      const title = c.text(panel, 'title', p, `the ${noun} heading after ####`);
      const blocks = panel['blocks'];
      if (!Array.isArray(blocks) || blocks.length === 0) {
        c.problem(at(p, 'blocks'), `the ${noun} ${title === undefined ? '' : `"${title}" `}has no text`, `write a paragraph or a - list below its #### heading, or remove the heading`);
        return;
      }
      blocks.forEach((block, i) => checkText(ctx, block, at(at(p, 'blocks'), i)));
    });
  };
  return {
    accordion: panels('accordion'),
    tabs: panels('tabs'),
    steps: (ctx, b, path) => {
      const c = ctx.checker;
      entries(ctx, b, path, 'steps').forEach(({ value, path: p }) => {
        const step = c.record(value, p, 'the step (title, text)');
        if (!step) return;
        c.keys(step, p, ['title', 'text']);
        c.text(step, 'title', p, 'the step name in ** **, before the colon: 1. **Tell control**: …');
        c.text(step, 'text', p, 'what to do in this step after the colon: 1. **Tell control**: say where you are going');
      });
    },
  };
}

/** The block's title and its list of sections, tabs or steps, with at least the kind's minimum. */
function entries(ctx: QuestionContext, b: Rec, path: string, kind: InteractiveKind): { value: unknown; path: string }[] {
  const c = ctx.checker;
  c.text(b, 'title', path, `the title after ${HEADING[kind]}`);
  const { list, noun } = INTERACTIVE_PARTS[kind];
  const p = at(path, list);
  const value = b[list];
  if (!Array.isArray(value)) {
    c.problem(p, value === undefined ? 'is missing' : 'must be a list', HOW[kind]);
    return [];
  }
  const min = INTERACTIVE_MIN[kind];
  if (value.length === 0) c.problem(p, `has no ${noun}s`, HOW[kind]);
  else if (value.length < min) c.problem(p, `has only ${plural(value.length, noun)}, and ${kind} need at least ${min}`, `add another: ${HOW[kind]}; or write the text as paragraphs instead`);
  return value.map((entry, i) => ({ value: entry, path: at(p, i) }));
}
