/** The learner asked to load again the content that failed to load. */
export class RetryContentEvent extends Event {
  static readonly type = 'fl-retry-content';
  constructor() {
    super(RetryContentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-retry-content': RetryContentEvent;
  }
}
