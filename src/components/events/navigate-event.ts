import type { Place } from '../../session/places.js';

/** The learner asked to go somewhere in the course (contents, Next, Previous, Retry). */
export class NavigateEvent extends Event {
  static readonly type = 'fl-navigate';
  constructor(readonly place: Place) {
    super(NavigateEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-navigate': NavigateEvent;
  }
}
