/** The learner submitted the assessment attempt for scoring. */
export class SubmitAttemptEvent extends Event {
  static readonly type = 'fl-submit-attempt';
  constructor() {
    super(SubmitAttemptEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-submit-attempt': SubmitAttemptEvent;
  }
}
