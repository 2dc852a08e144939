/**
 * The firm's own site details (`modules/site.yaml`): names, contacts and
 * procedures that the course text refers to with placeholders such as
 * `{control}` or `{lost_child_procedure}`. One course serves many sites, so the
 * text names the part and each firm fills it in; a package built without a
 * site file (or without one field) says it in neutral words instead
 * (site-wording.ts), never leaving an empty slot. Pure: no DOM, no Node APIs.
 */
import { nearest } from './nearest.js';
import { NOT_TEXT } from './translatable.js';
import { SITE_FIELDS, type SiteField, type SiteValues } from './site-fields.js';
import type { Course, Module } from './types.js';

export { SITE_FIELDS, type SiteField, type SiteValues };

/** `{control}`: a name of lowercase letters and `_` in braces, which no ordinary sentence writes (and `{#id}` is not). */
export const SITE_PLACEHOLDER = /\{([a-z][a-z_]*)\}/g;

export const isSiteField = (name: string): name is SiteField => (SITE_FIELDS as readonly string[]).includes(name);

/** The placeholder names a text uses, in order, repeats included. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(SITE_PLACEHOLDER)].map((m) => m[1]!);
}

/** `text` with each known placeholder replaced by the site's value, or else the neutral wording; unknown names are left as written (the validator refuses them). */
export function fillText(text: string, site: SiteValues, neutral: Record<SiteField, string>): string {
  return text.replace(SITE_PLACEHOLDER, (whole, name: string) => (isSiteField(name) ? (site[name]?.trim() || neutral[name]) : whole));
}

/**
 * The course with every text filled in: each module in the wording of the
 * language its text is in (an untranslated module keeps its own), the course
 * texts in the language shown. Run once, after `localizeCourse`.
 */
export function fillCourse(course: Course, neutralFor: (language: string) => Record<SiteField, string>): Course {
  const site = course.site ?? {};
  const fill = <T>(value: T, language: string): T => fillTree(value, (text) => fillText(text, site, neutralFor(language)));
  // The site's values and the brand's paths and colours are no text to fill.
  const { modules, translations: _t, translationFiles: _f, site: _s, brand: _b, ...config } = course;
  return {
    ...course,
    ...fill(config, course.language),
    modules: modules.map((m): Module => fill(m, m.language ?? course.language)),
  };
}

/** Every text of a content tree mapped through `f`; ids and other codes (NOT_TEXT) are left alone. */
export function fillTree<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => fillTree(v, f)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : fillTree(v, f)])) as T;
}

/** Why a text's placeholders cannot be filled, or undefined when every one names a site field. */
export function unknownPlaceholder(text: string): { message: string; fix: string } | undefined {
  const unknown = placeholdersIn(text).find((name) => !isSiteField(name));
  if (unknown === undefined) return undefined;
  const guess = nearest(unknown, SITE_FIELDS);
  const known = SITE_FIELDS.map((f) => `{${f}}`).join(', ');
  return {
    message: `{${unknown}} is not a site placeholder`,
    fix: `${guess ? `did you mean {${guess}}? ` : ''}the placeholders are ${known} (modules/README.md, Site file)`,
  };
}

/** The placeholders of `english` that `translated` leaves out, so a firm's details would be missing in that language. */
export function droppedPlaceholders(english: string, translated: string): string[] {
  const kept = new Set(placeholdersIn(translated));
  return [...new Set(placeholdersIn(english))].filter((name) => !kept.has(name));
}
