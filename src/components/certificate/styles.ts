import { css } from 'lit';

/**
 * The certificate fills the width it is given, on screen and on paper (A4 or
 * US Letter, portrait: the launch page's @page sets the margins). Printed, it
 * is black on white and kept to one page.
 */
export const certificateStyles = css`
  .certificate {
    border: 6px double var(--_accent); border-radius: var(--_radius); padding: 2rem 1.5rem; text-align: center;
    width: 100%; margin: 1rem 0; background: var(--_bg);
  }
  .issuer { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 0.5rem 1rem; margin: 0 0 1.5rem; }
  .logo { display: block; max-height: 4rem; max-width: min(12rem, 100%); width: auto; height: auto; }
  .firm { margin: 0; font-size: 1.25rem; font-weight: 700; color: var(--_brand); }
  .kicker { text-transform: uppercase; letter-spacing: 0.1em; color: var(--_muted); margin: 0 0 1rem; }
  .name { font-size: 2rem; margin: 1rem 0; line-height: 1.2; }
  .course { font-size: 1.375rem; margin: 0.5rem 0 0.25rem; font-weight: 600; }
  .release { margin: 0 0 1.5rem; color: var(--_muted); }
  dl { display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5rem 2rem; margin: 0 0 2rem; }
  dl > div { min-width: 0; }
  dt { color: var(--_muted); font-size: 0.875rem; }
  dd { margin: 0; font-weight: 600; }
  .signatures { display: flex; flex-wrap: wrap; justify-content: space-around; gap: 1.5rem 2rem; margin: 0 0 1.5rem; }
  .signature { flex: 1 1 12rem; max-width: 18rem; margin: 0; color: var(--_muted); font-size: 0.875rem; }
  /* The space to sign above the rule; the label says whose signature goes there. */
  .line { display: block; height: 3rem; border-block-end: 1px solid var(--_text); margin-block-end: 0.25rem; }
  .fine-print { margin: 0; color: var(--_muted); font-size: 0.75rem; }
  .actions { text-align: center; }
  @media print {
    .actions, .screen-only { display: none; }
    /* About two thirds of the sheet, so it reads as a certificate and still fits Letter's shorter page. */
    .certificate {
      margin: 0; padding: 18mm 12mm 12mm; border-color: #000; color: #000;
      break-inside: avoid; font-size: 12pt;
    }
    .issuer { margin-bottom: 12mm; }
    .logo { max-height: 20mm; }
    .release { margin-bottom: 12mm; }
    dl { margin-bottom: 14mm; }
    .line { height: 18mm; }
    .kicker, .release, dt, .signature, .fine-print, .firm { color: #000; }
    .line { border-color: #000; }
    .name { font-size: 26pt; }
    .course { font-size: 17pt; }
    .fine-print { font-size: 8pt; }
  }
`;
