import type { InteractionRecord, InteractionType, InteractionValue } from '../tracker.js';
import type { ActivityDefinition, InteractionComponent, LanguageMap } from './types.js';

/**
 * Interaction activities and responses, xAPI 1.0.3 Part Two §2.4.4.1
 * ("Interaction Activities", "Response Patterns"): one row per interaction
 * type. Adding a type to `InteractionValue` fails to compile here until it has
 * a row, so a new kind of record (like the attestation, a true-false record)
 * always gets a full definition.
 */

/** §2.4.4.1 response delimiters: `[,]` between items, `[.]` inside a pair. */
const ITEM = '[,]';
const PAIR = '[.]';

type Components = Pick<ActivityDefinition, 'choices' | 'source' | 'target' | 'steps'>;

interface InteractionRow<T extends InteractionType> {
  interactionType: NonNullable<ActivityDefinition['interactionType']>;
  response(value: Extract<InteractionValue, { type: T }>): string;
  components(record: InteractionRecord, lang: string): Components;
}

const component = (lang: string) => ({ id, text }: { id: string; text: string }): InteractionComponent => ({
  id,
  description: { [lang]: text || id },
});

const ROWS: { [T in InteractionType]: InteractionRow<T> } = {
  'true-false': { interactionType: 'true-false', response: (v) => String(v.value), components: () => ({}) },
  choice: {
    interactionType: 'choice',
    response: (v) => v.ids.join(ITEM),
    components: (r, lang) => ({ choices: r.choices.map(component(lang)) }),
  },
  matching: {
    interactionType: 'matching',
    response: (v) => v.pairs.map(([source, target]) => `${source}${PAIR}${target}`).join(ITEM),
    components: (r, lang) => ({ source: r.choices.map(component(lang)), target: (r.targets ?? []).map(component(lang)) }),
  },
  sequencing: {
    interactionType: 'sequencing',
    response: (v) => v.ids.join(ITEM),
    components: (r, lang) => ({ choices: r.choices.map(component(lang)) }),
  },
  // A branching scenario: each decision is a step whose response is the choice made.
  performance: {
    interactionType: 'performance',
    response: (v) => v.steps.map(([step, choice]) => `${step}${PAIR}${choice}`).join(ITEM),
    components: (r, lang) => ({ steps: stepsOf(r).map(component(lang)) }),
  },
  'fill-in': { interactionType: 'fill-in', response: (v) => v.text, components: () => ({}) },
};

/**
 * The steps of a performance interaction. Records list each step's choices as
 * `step.choice` ids; the step's own text is not in the record, so the
 * description names the step by its choices.
 */
function stepsOf(record: InteractionRecord): { id: string; text: string }[] {
  const steps = new Map<string, string[]>();
  for (const { id, text } of record.choices) {
    const step = id.split('.')[0] ?? id;
    steps.set(step, [...(steps.get(step) ?? []), text]);
  }
  return [...steps].map(([id, texts]) => ({ id, text: texts.join(' / ') }));
}

/** The record's value in §2.4.4.1 response-pattern form. */
export function formatResponse(value: InteractionValue): string {
  const row = ROWS[value.type] as InteractionRow<typeof value.type>;
  return row.response(value as never);
}

/** The activity definition of one recorded interaction, in the course's language. */
export function interactionDefinition(record: InteractionRecord, lang: string, type: string): ActivityDefinition {
  const row = ROWS[record.type];
  const name: LanguageMap = { [lang]: record.description || record.id };
  return {
    name,
    description: name,
    type,
    interactionType: row.interactionType,
    correctResponsesPattern: [formatResponse(record.correctResponse)],
    ...row.components(record, lang),
  };
}
