/** Small DOM helpers for the component tests: everything a learner sees lives in shadow roots. */

export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Whitespace-normalised visible text, as a learner (or screen reader) reads it. */
export function text(el: Node | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside nested shadow roots. */
export { deepActive } from '../../support/shadow-dom.js';

/**
 * Records events of one type reaching `target`. Listen on `document` to also
 * catch events fired while a fixture first renders; call `stop()` after.
 */
export function record<E extends Event>(target: EventTarget, type: string): E[] & { stop(): void } {
  const seen = [] as unknown as E[] & { stop(): void };
  const listener = (e: Event) => seen.push(e as E);
  target.addEventListener(type, listener);
  seen.stop = () => target.removeEventListener(type, listener);
  return seen;
}

/** A button in `host`'s shadow root by its visible text or accessible name. */
export function button(host: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(host, 'button').find(
    (b) => text(b) === name || b.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`No button "${name}" in <${host.localName}>`);
  return found;
}

/** The label row (and its input) whose option text is `name`. */
export function option(host: Element, name: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = $$<HTMLLabelElement>(host, 'label.option').find((l) => text(l.querySelector('.option-text')) === name);
  const input = label?.querySelector('input');
  if (!label || !input) throw new Error(`No option "${name}"`);
  return { label, input };
}

/** One element rendered and the task after it run (test/support/settle.ts). */
export { elementSettled as settled } from '../../support/settle.js';
