import type { Response } from '../../content/response.js';

/**
 * In a test (the final assessment) the learner changed an answer; nothing is
 * scored until the whole attempt is submitted. `response` is null when the
 * answer is incomplete (e.g. a matching question with an unmatched prompt).
 */
export class ResponseChangeEvent extends Event {
  static readonly type = 'fl-response-change';
  constructor(
    readonly questionId: string,
    readonly response: Response | null,
    readonly latencyMs: number,
  ) {
    super(ResponseChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-response-change': ResponseChangeEvent;
  }
}
