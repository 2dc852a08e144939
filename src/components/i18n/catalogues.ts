import { primarySubtag } from '../../content/language.js';
import { importLazy, type LazyCode } from '../lazy/lazy-code.js';
import { english, type Catalogue } from './strings.js';

interface LazyCatalogue {
  code: LazyCode;
  read: (module: unknown) => Catalogue;
}

/** Interface catalogues other than English, by primary language subtag: each a file of its own (lazy-code.ts). */
const LAZY_CATALOGUES: Readonly<Record<string, LazyCatalogue>> = {
  es: { code: 'strings-es', read: (module) => (module as typeof import('./spanish.js')).spanish },
};

/** The lazy file with the interface strings for a language tag, or null for English (in app.js) and languages without a catalogue. */
export function catalogueCode(language: string): LazyCode | null {
  const primary = primarySubtag(language);
  return Object.hasOwn(LAZY_CATALOGUES, primary) ? LAZY_CATALOGUES[primary]!.code : null;
}

/**
 * The interface strings for a language tag, by its primary subtag. Anything
 * else, or null, gets English: the interface must always be in some language
 * the catalogue has. Rejects when a catalogue's file cannot be loaded.
 */
export async function loadCatalogue(language: string | null): Promise<Catalogue> {
  const primary = language === null ? '' : primarySubtag(language);
  if (!Object.hasOwn(LAZY_CATALOGUES, primary)) return english;
  const { code, read } = LAZY_CATALOGUES[primary]!;
  return read(await importLazy(code, 0));
}
