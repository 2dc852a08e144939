import type { Brand } from '../content/types.js';

/**
 * The firm's colours as the public custom properties every component reads
 * (src/components/shared/styles.ts): `--fl-brand` paints the header band,
 * `--fl-accent` buttons, links and focus rings. Set on the document element so
 * they inherit into every shadow root; the validator has kept both 4.5:1
 * against white (WCAG 2.2 1.4.3).
 */
export function applyBrand(doc: Document, brand: Brand | undefined): void {
  const style = doc.documentElement.style;
  if (brand?.primary) style.setProperty('--fl-brand', brand.primary);
  if (brand?.accent) style.setProperty('--fl-accent', brand.accent);
}
