/** The officer confirmed the attestation. */
export class AttestEvent extends Event {
  static readonly type = 'fl-attest';
  constructor() {
    super(AttestEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fl-attest': AttestEvent;
  }
}
