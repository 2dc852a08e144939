/** The returning learner chose to continue where they left off, or to start again from the beginning. */
export class ResumeChoiceEvent extends Event {
  static readonly type = 'fl-resume-choice';
  constructor(readonly choice: 'continue' | 'restart') {
    super(ResumeChoiceEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-resume-choice': ResumeChoiceEvent;
  }
}
