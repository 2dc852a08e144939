/**
 * The course's illustrations are drawn in two theme colours; a firm's brand
 * colours replace them when its packages are built, so the pictures match its
 * logo and uniforms.
 */

/** The colours the illustrations in modules/media/ are drawn with (modules/README.md, Illustrations). */
export const THEME_COLOURS = { primary: '#0B3D91', accent: '#F2A900' } as const;

export interface BrandColours {
  /** `#RRGGBB` or `#RGB`, replacing the theme's primary (#0B3D91). */
  primary?: string;
  /** Replacing the theme's accent (#F2A900). */
  accent?: string;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The SVG text with each theme colour, written in any case (`#0b3d91`),
 * replaced by the brand's; a colour not given, or not a hex colour, is left as
 * drawn. Pure: the same text in, the same text out.
 */
export function recolourSvg(svg: string, brand: BrandColours = {}): string {
  let out = svg;
  for (const key of ['primary', 'accent'] as const) {
    const colour = brand[key];
    if (colour === undefined || !HEX.test(colour)) continue;
    out = out.replace(new RegExp(THEME_COLOURS[key], 'gi'), colour);
  }
  return out;
}
