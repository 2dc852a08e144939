import { en } from './en.js';
import { enPlayer } from './en-player.js';
import { enModuleEnd } from './en-module-end.js';
import { enCertificate } from './en-certificate.js';
import { enShell } from './en-shell.js';
import { enContentStatus } from './en-content-status.js';

/** The English catalogue: question strings plus the course shell's. Other languages copy its shape. */
export const english = { ...en, ...enPlayer, ...enModuleEnd, ...enCertificate, ...enShell, ...enContentStatus };
export type Catalogue = typeof english;

/** The active interface strings; the player switches them once, at launch. */
let active: Catalogue = english;

export function useStrings(strings: Catalogue): void {
  active = strings;
}

export function msg(): Catalogue {
  return active;
}
