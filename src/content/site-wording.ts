/**
 * What a placeholder says when the firm has not filled it in: neutral words
 * in each language the interface has, so a package built without a site file
 * still reads as a sentence. Noun phrases for names and numbers, whole
 * sentences for the procedures (see SITE_FIELDS).
 */
import { primarySubtag } from './language.js';
import type { SiteField } from './site.js';

type Wording = Record<SiteField, string>;

const english: Wording = {
  firm: 'your security company',
  site: 'your site',
  control: 'the control room',
  emergency_phone: 'the emergency number',
  supervisor_phone: 'the number your site gives you',
  lost_child_procedure: "Follow your site's lost-child procedure.",
  backup_procedure: "Follow your site's procedure for calling backup.",
};

/**
 * "Tú", as the Spanish course text (modules/es/) and interface (es.ts). The
 * numbers have no article, as a real number has none: the text writes
 * "llama al {emergency_phone}" (al 911, al número de emergencias).
 */
const spanish: Wording = {
  firm: 'tu empresa de seguridad',
  site: 'tu lugar de trabajo',
  control: 'la sala de control',
  emergency_phone: 'número de emergencias',
  supervisor_phone: 'número que te indique tu lugar de trabajo',
  lost_child_procedure: 'Sigue el procedimiento de tu lugar de trabajo para niños perdidos.',
  backup_procedure: 'Sigue el procedimiento de tu lugar de trabajo para pedir refuerzos.',
};

/** One row per interface language, by primary subtag (as src/components/i18n/catalogues.ts). */
const WORDING: Readonly<Record<string, Wording>> = { en: english, es: spanish };

/** The neutral wording for a language tag; English for a language without a row. */
export function neutralWording(language: string): Wording {
  const primary = primarySubtag(language);
  return Object.hasOwn(WORDING, primary) ? WORDING[primary]! : english;
}
