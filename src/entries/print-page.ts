/**
 * The printed sheet: portrait on whatever paper the printer has (A4 or US
 * Letter), with margins every office printer can reach. The page box is the
 * document's (CSS Paged Media 3, 3.1 "@page rule"), so the rule goes in the
 * document's head, not in a component's shadow root.
 */
export const PAGE_RULE = '@page { size: portrait; margin: 12mm; }';

export function applyPrintPage(doc: Document): void {
  if (doc.getElementById('fl-print-page')) return;
  const style = doc.createElement('style');
  style.id = 'fl-print-page';
  style.textContent = PAGE_RULE;
  doc.head.append(style);
}
