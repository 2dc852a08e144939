import type { InteractionRecord, InteractionValue } from '../../../src/tracking/tracker.js';

/** An interaction record as the session would build it, with overridable parts. */
export function record(learnerResponse: InteractionValue, correctResponse: InteractionValue, extra: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: 'greeting_q1',
    kind: 'answer' as const,
    type: learnerResponse.type,
    description: 'Which greeting fits?',
    objectiveId: 'greet_visitors',
    learnerResponse,
    correctResponse,
    correct: false,
    weighting: 1,
    latencyMs: 4200,
    timestamp: new Date(Date.UTC(2026, 0, 5, 10, 0, 0)),
    choices: [
      { id: 'smile', text: 'Smile' },
      { id: 'wave', text: 'Wave' },
      { id: 'nod', text: 'Nod' },
    ],
    ...extra,
  };
}

/** `count` choices with ids opt_0, opt_1, … */
export function manyChoices(count: number): { id: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => ({ id: `opt_${i}`, text: `Option ${i}` }));
}
