/**
 * Every site field, in the order a firm fills them in; the placeholder is the
 * field's name in braces. Noun phrases fit a sentence ("tell {control}"); the
 * two procedures are whole sentences and stand as a sentence of their own.
 */
export const SITE_FIELDS = ['firm', 'site', 'control', 'emergency_phone', 'supervisor_phone', 'lost_child_procedure', 'backup_procedure'] as const;
export type SiteField = (typeof SITE_FIELDS)[number];
export type SiteValues = Partial<Record<SiteField, string>>;
