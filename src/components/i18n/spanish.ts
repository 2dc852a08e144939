import { es } from './es.js';
import { esPlayer } from './es-player.js';
import { esModuleEnd } from './es-module-end.js';
import { esCertificate } from './es-certificate.js';
import { esShell } from './es-shell.js';
import { esContentStatus } from './es-content-status.js';
import type { Catalogue } from './strings.js';

/** The Spanish catalogue, loaded only for a learner who gets Spanish (lazy-code.ts); `Catalogue` makes a missing or extra key a compile error. */
export const spanish: Catalogue = { ...es, ...esPlayer, ...esModuleEnd, ...esCertificate, ...esShell, ...esContentStatus };
