/**
 * Checks the site file (`modules/site.yaml`): only the known fields, each a
 * text, none holding a placeholder itself. A field left out is a warning, not
 * an error: the package then says it in neutral words (site-wording.ts), and
 * the firm sees which of its details the course will not show. The branding
 * (brand.ts) is optional and checked for what the player does with it.
 */
import { BRAND_FIELDS, COLOUR_BACKGROUNDS, HEX_COLOUR, LOGO_MAX_BYTES, logoPathProblem, MIN_CONTRAST, weakestContrast } from './brand.js';
import { neutralWording } from './site-wording.js';
import { placeholdersIn, SITE_FIELDS, type SiteField } from './site.js';
import { describe, type FileChecker, type Rec } from './validate-read.js';

/** What each field is, in the validator's fixes. */
const LABELS: Record<SiteField, string> = {
  firm: "your company's name",
  site: "the site's name",
  control: "the control room's call sign or radio channel",
  emergency_phone: 'the emergency number',
  supervisor_phone: "the supervisor's number",
  lost_child_procedure: 'the lost-child procedure',
  backup_procedure: 'how to call for backup',
};

/** Size in bytes of a file in the course folder, by its path from there; undefined when there is no such file. */
export type FileSize = (path: string) => number | undefined;

export function checkSite(c: FileChecker, value: unknown, language: string, fileSize?: FileSize): void {
  if (value === undefined || value === null) return c.problem('', 'is empty', `write the site's details as name: value lines: ${SITE_FIELDS.join(', ')} (see modules/README.md, Site file)`);
  if (typeof value !== 'object' || Array.isArray(value)) return c.problem('', `holds ${describe(value)}, not name: value lines`, `write the site's details as name: value lines: ${SITE_FIELDS.join(', ')}`);
  const site = value as Rec;
  c.keys(site, '', [...SITE_FIELDS, ...BRAND_FIELDS]);
  const neutral = neutralWording(language);
  for (const field of SITE_FIELDS) {
    if (site[field] === undefined) {
      c.warning(field, 'is missing', `the course says "${neutral[field]}" where {${field}} is written; add ${field}: with your site's own`);
      continue;
    }
    // A number such as 0800123456 would lose its leading zero in YAML: phone numbers are text.
    if (typeof site[field] === 'number') {
      c.problem(field, `is read as the number ${String(site[field])}`, `put it in double quotes, e.g. ${field}: "${String(site[field])}", so it is shown exactly as written`);
      continue;
    }
    const text = c.text(site, field, '', LABELS[field]);
    if (text !== undefined && placeholdersIn(text).length > 0) c.problem(field, 'holds a {placeholder}', 'write the value itself: placeholders belong in the course text');
  }
  checkBrand(c, site, fileSize);
}

/** What each colour paints, in the validator's messages. */
const COLOURS = {
  brand_colour: 'the header band under white text',
  accent_colour: 'buttons with white text, and labels, links and outlines on the page',
} as const;

function checkBrand(c: FileChecker, site: Rec, fileSize: FileSize | undefined): void {
  if (site['logo'] !== undefined) {
    const logo = c.text(site, 'logo', '', 'the path of the logo image, e.g. media/logo.svg');
    const wrong = logo === undefined ? undefined : logoPathProblem(logo.trim());
    if (wrong) c.problem('logo', wrong.message, wrong.fix);
    else if (logo !== undefined && fileSize) {
      const bytes = fileSize(logo.trim());
      if (bytes === undefined) c.problem('logo', `"${logo.trim()}" is not in the course folder`, 'put the image there, or correct the path: it is written from the course folder, e.g. media/logo.svg');
      else if (bytes > LOGO_MAX_BYTES) c.problem('logo', `is ${Math.ceil(bytes / 1024)} KB, more than ${LOGO_MAX_BYTES / 1024} KB`, 'use an SVG, or a PNG or WebP about 400 px wide: every officer downloads it');
    }
  }
  for (const [field, use] of Object.entries(COLOURS)) {
    if (site[field] === undefined) continue;
    const colour = c.text(site, field, '', 'a colour as #rrggbb');
    if (colour === undefined) continue;
    if (!HEX_COLOUR.test(colour.trim())) {
      c.problem(field, `"${colour}" is not a colour written as #rrggbb`, `write the six-digit hex code from the brand guide, in quotes, e.g. ${field}: "#1b2a41"`);
      continue;
    }
    // WCAG 2.2 1.4.3: 4.5:1 for text, against every background the colour is read on.
    const weakest = weakestContrast(colour.trim(), COLOUR_BACKGROUNDS[field as keyof typeof COLOURS]);
    if (weakest.ratio < MIN_CONTRAST) {
      c.problem(field, `${colour.trim()} has a contrast of ${floor1(weakest.ratio)}:1 with ${weakest.name}, below the ${MIN_CONTRAST}:1 that WCAG 1.4.3 asks for`, `it paints ${use}: use a darker shade of the brand colour`);
    }
  }
}

/** 4.49 is "4.4", never a rounded-up "4.5" beside "below 4.5:1". */
const floor1 = (n: number): string => (Math.floor(n * 10) / 10).toFixed(1);
