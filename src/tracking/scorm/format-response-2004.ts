import type { InteractionValue } from '../tracker.js';
import { formatIdentifier, formatText } from './format-value.js';

/**
 * SCORM 2004 4th Ed. RTE 4.2.9.1–4.2.9.2 (correct_responses.n.pattern and learner_response
 * formats by interaction type). Tokens are short_identifier_type (SPM 250),
 * which Moodle checks as `[\w.]` (LMS-COMPAT 6); lists use the literal
 * delimiters `[,]` and `[.]` (LMS-COMPAT 14).
 */
const LIST = '[,]';
const PAIR = '[.]';
// SPM: 36 choices / pairs / items, 250 performance steps (same table).
const MAX_ITEMS = 36;
const MAX_STEPS = 250;
// SPM for a fill-in response string: 250 characters.
const MAX_FILL_IN = 250;

const token = (id: string): string => formatIdentifier(id, 250);

export function formatResponse2004(value: InteractionValue): string {
  switch (value.type) {
    case 'true-false':
      // "true" or "false", nothing else (no t/f, no 0/1).
      return value.value ? 'true' : 'false';
    case 'choice':
      // A set: each identifier at most once.
      return [...new Set(value.ids.map(token))].slice(0, MAX_ITEMS).join(LIST);
    case 'sequencing':
      return value.ids.map(token).slice(0, MAX_ITEMS).join(LIST);
    case 'matching':
      return value.pairs.slice(0, MAX_ITEMS).map(([source, target]) => `${token(source)}${PAIR}${token(target)}`).join(LIST);
    case 'performance':
      return value.steps.slice(0, MAX_STEPS).map(([step, choice]) => `${token(step)}${PAIR}${token(choice)}`).join(LIST);
    case 'fill-in':
      // localized_string_type without a {lang=} prefix; `[,]` would split it into several answers.
      return formatText(value.text.replaceAll('[,]', ','), MAX_FILL_IN);
    default:
      return assertNever(value);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled interaction type: ${JSON.stringify(value)}`);
}
