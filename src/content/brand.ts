/**
 * The firm's branding in the site file (`modules/site.yaml`): a logo and two
 * colours. The player paints its header with the brand colour and its buttons
 * and links with the accent, under white text or on the page's white and light
 * grey, so each must keep 4.5:1 against those (WCAG 2.2 1.4.3). Pure: no DOM, no Node APIs.
 */
import { MEDIA_FOLDER, MEDIA_TYPES } from './media.js';
import type { Brand } from './types.js';

/** The site-file fields of the branding; all optional. */
export const BRAND_FIELDS = ['logo', 'brand_colour', 'accent_colour'] as const;
export type BrandField = (typeof BRAND_FIELDS)[number];

/** `#1b2a41`: the six-digit form every colour picker and brand guide gives. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** WCAG 2.2 1.4.3 (Contrast, Minimum): normal-size text needs 4.5:1. */
export const MIN_CONTRAST = 4.5;

/**
 * What each colour is read against: the brand colour is a band under white
 * text; the accent is also text on the light grey of tips and summaries
 * (`--fl-color-surface` in src/components/shared/styles.ts).
 */
export const COLOUR_BACKGROUNDS: Record<'brand_colour' | 'accent_colour', { name: string; hex: string }[]> = {
  brand_colour: [{ name: 'white', hex: '#ffffff' }],
  accent_colour: [
    { name: 'white', hex: '#ffffff' },
    { name: 'the light grey of tips (#f3f5f9)', hex: '#f3f5f9' },
  ],
};

/** The background a colour contrasts least with, and the ratio. */
export function weakestContrast(colour: string, backgrounds: { name: string; hex: string }[]): { name: string; ratio: number } {
  return backgrounds.map((b) => ({ name: b.name, ratio: contrastRatio(colour, b.hex) })).reduce((a, b) => (b.ratio < a.ratio ? b : a));
}

/** Image types every browser shows in an <img> (the course's picture types); the extension names the type. */
const LOGO_EXTENSIONS = Object.keys(MEDIA_TYPES);

/** A logo is a small mark: more than this and it weighs on every officer's phone (package budgets). */
export const LOGO_MAX_BYTES = 100 * 1024;

/** WCAG 2.2 relative luminance of an sRGB `#rrggbb` colour (Understanding SC 1.4.3, "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2.2 contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter; from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The logo is one of the course folder's pictures (modules/media/): the package carries them under the same path. */
const LOGO_FOLDER = MEDIA_FOLDER;

/** Why a logo path cannot be packaged, or undefined when it names an image in the course's media folder. */
export function logoPathProblem(path: string): { message: string; fix: string } | undefined {
  const parts = path.replace(/^\.[\\/]/, '').split(/[\\/]/);
  if (parts[0] !== LOGO_FOLDER || parts.length < 2 || parts.includes('..') || parts.includes('')) {
    return { message: `"${path}" is not a file in the course's ${LOGO_FOLDER} folder`, fix: `put the image in modules/${LOGO_FOLDER}/ and write its path from the course folder, e.g. logo: ${LOGO_FOLDER}/logo.svg` };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (!LOGO_EXTENSIONS.includes(extension ?? '')) {
    return { message: `"${path}" is not an SVG, PNG, JPEG or WebP image`, fix: `save the logo as ${LOGO_EXTENSIONS.map((e) => `.${e}`).join(', ')}` };
  }
  return undefined;
}

/** The branding a valid site file gives the course, or undefined when it has none. */
export function brandOf(site: Record<string, unknown>): Brand | undefined {
  const text = (key: BrandField): string | undefined => (typeof site[key] === 'string' && site[key].trim() !== '' ? site[key].trim() : undefined);
  const logo = text('logo')?.replace(/\\/g, '/').replace(/^\.\//, '');
  const primary = text('brand_colour')?.toLowerCase();
  const accent = text('accent_colour')?.toLowerCase();
  const brand: Brand = { ...(logo && { logo }), ...(primary && { primary }), ...(accent && { accent }) };
  return Object.keys(brand).length > 0 ? brand : undefined;
}
