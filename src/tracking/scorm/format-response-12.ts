import type { InteractionRecord, InteractionValue } from '../tracker.js';
import { formatIdentifier, formatText, joinWithin } from './format-value.js';

/**
 * SCORM 1.2 RTE §3.4 cmi.interactions.n.student_response and
 * correct_responses.n.pattern: CMIFeedback, at most 255 characters
 * (LMS-COMPAT 13), with a format per interaction type:
 *   true-false  "t" or "f" (also 0/1)
 *   choice      single characters 0-9 a-z, separated by commas
 *   matching    "source.target" pairs of single characters, separated by commas
 *   sequencing  single characters, separated by commas
 *   performance free alphanumeric text
 *   fill-in     free text
 *
 * SPEC NOTE: the single characters are not in the content, so each id is
 * mapped by its index in `record.choices` (targets: `record.targets`):
 * indexes 0–25 → a–z, 26–35 → 0–9. An id past the 36th, or unknown, cannot
 * be expressed and is left out rather than written wrongly.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MAX_FEEDBACK = 255;

type Options = InteractionRecord['choices'];

function charFor(id: string, options: Options): string | null {
  const index = options.findIndex((option) => option.id === id);
  return index >= 0 && index < ALPHABET.length ? ALPHABET.charAt(index) : null;
}

const present = <T>(value: T | null): value is T => value !== null;

export function formatResponse12(value: InteractionValue, record: Pick<InteractionRecord, 'choices' | 'targets'>): string {
  const chars = (ids: string[]): string[] => ids.map((id) => charFor(id, record.choices)).filter(present);
  switch (value.type) {
    case 'true-false':
      return value.value ? 't' : 'f';
    case 'choice':
      return joinWithin([...new Set(chars(value.ids))], ',', MAX_FEEDBACK);
    case 'sequencing':
      return joinWithin(chars(value.ids), ',', MAX_FEEDBACK);
    case 'matching': {
      const targets = record.targets ?? record.choices;
      const pairs = value.pairs.map(([source, target]) => {
        const s = charFor(source, record.choices);
        const t = charFor(target, targets);
        return s && t ? `${s}.${t}` : null;
      });
      return joinWithin(pairs.filter(present), ',', MAX_FEEDBACK);
    }
    case 'performance':
      // Free text: keep the ids readable, whole steps only within 255 characters.
      return joinWithin(
        value.steps.map(([step, choice]) => `${formatIdentifier(step, 120)}.${formatIdentifier(choice, 120)}`),
        ',',
        MAX_FEEDBACK,
      );
    case 'fill-in':
      return formatText(value.text, MAX_FEEDBACK);
    default:
      return assertNever(value);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled interaction type: ${JSON.stringify(value)}`);
}
