import type { Brand } from '../content/types.js';

/**
 * The firm's colours as the public custom properties every component reads
 * (src/components/shared/styles.ts): `--fl-brand` paints the header band,
 * `--fl-accent` buttons, links and focus rings. Set on the document element so
 * they inherit into every shadow root; the validator has kept both 4.5:1
 * against white (WCAG 2.2 1.4.3).
 */
export function applyBrand(doc: Document, brand: Brand | undefined): void {
  for (const [name, value] of brandProperties(brand)) doc.documentElement.style.setProperty(name, value);
}

/** The custom properties the firm's colours set, as name and value (the launch page sets them too: scripts/lib/stage.ts). */
export function brandProperties(brand: Brand | undefined): [name: string, value: string][] {
  const properties: [string, string][] = [];
  if (brand?.primary) properties.push(['--fl-brand', brand.primary]);
  if (brand?.accent) properties.push(['--fl-accent', brand.accent]);
  return properties;
}
