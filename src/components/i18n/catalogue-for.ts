import { primarySubtag } from '../../content/language.js';
import { es } from './es.js';
import { esPlayer } from './es-player.js';
import { esModuleEnd } from './es-module-end.js';
import { esCertificate } from './es-certificate.js';
import { esShell } from './es-shell.js';
import { esContentStatus } from './es-content-status.js';
import { english, type Catalogue } from './strings.js';

/** The Spanish catalogue; `Catalogue` makes a missing or extra key a compile error. */
export const spanish: Catalogue = { ...es, ...esPlayer, ...esModuleEnd, ...esCertificate, ...esShell, ...esContentStatus };

/** Interface catalogues by primary language subtag: one row per language. */
const CATALOGUES: Readonly<Record<string, Catalogue>> = { en: english, es: spanish };

/**
 * The interface strings for a language tag, by its primary subtag (es, es-MX,
 * es-419 → Spanish). Anything else, or null, gets English: the interface must
 * always be in some language the catalogue has.
 */
export function catalogueFor(language: string | null): Catalogue {
  const primary = language === null ? '' : primarySubtag(language);
  return Object.hasOwn(CATALOGUES, primary) ? CATALOGUES[primary]! : english;
}
