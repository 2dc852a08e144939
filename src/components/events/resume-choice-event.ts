/** On the cover: continue at the bookmark (Start, for a new learner, whose bookmark is the first lesson) or start again from the beginning. */
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
