import type { Response } from '../../content/response.js';

/**
 * A learner submitted an answer (practice question "Check", or a branching
 * step chosen). Bubbles and is composed so the player hears it through the
 * shadow roots of lessons and checks.
 */
export class AnswerEvent extends Event {
  static readonly type = 'fl-answer';
  constructor(
    readonly questionId: string,
    readonly response: Response,
    /** Milliseconds from the question first being shown to this answer. */
    readonly latencyMs: number,
  ) {
    super(AnswerEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-answer': AnswerEvent;
  }
}
