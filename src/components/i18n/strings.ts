import { en, type Strings } from './en.js';

/** The active interface strings; the player switches them once, at launch. */
let active: Strings = en;

export function useStrings(strings: Strings): void {
  active = strings;
}

export function msg(): Strings {
  return active;
}
