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

const spanish: Wording = {
  firm: 'su empresa de seguridad',
  site: 'su lugar de trabajo',
  control: 'la sala de control',
  emergency_phone: 'el número de emergencias',
  supervisor_phone: 'el número que le indique su lugar de trabajo',
  lost_child_procedure: 'Siga el procedimiento de su lugar de trabajo para niños perdidos.',
  backup_procedure: 'Siga el procedimiento de su lugar de trabajo para pedir refuerzos.',
};

/** One row per interface language, by primary subtag (as catalogue-for.ts). */
const WORDING: Readonly<Record<string, Wording>> = { en: english, es: spanish };

/** The neutral wording for a language tag; English for a language without a row. */
export function neutralWording(language: string): Wording {
  const primary = primarySubtag(language);
  return Object.hasOwn(WORDING, primary) ? WORDING[primary]! : english;
}
