/**
 * Checks the site file (`modules/site.yaml`): only the known fields, each a
 * text, none holding a placeholder itself. A field left out is a warning, not
 * an error: the package then says it in neutral words (site-wording.ts), and
 * the firm sees which of its details the course will not show.
 */
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

export function checkSite(c: FileChecker, value: unknown, language: string): void {
  if (value === undefined || value === null) return c.problem('', 'is empty', `write the site's details as name: value lines: ${SITE_FIELDS.join(', ')} (see modules/README.md, Site file)`);
  if (typeof value !== 'object' || Array.isArray(value)) return c.problem('', `holds ${describe(value)}, not name: value lines`, `write the site's details as name: value lines: ${SITE_FIELDS.join(', ')}`);
  const site = value as Rec;
  c.keys(site, '', SITE_FIELDS);
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
}
