/** Layout checks over a document and its shadow roots, as a learner would see it. */
import { deepAll } from '../e2e/learner.js';

const CLIPS = /hidden|clip/;

function describe(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}> "${text}"`;
}

/** Screen-reader-only text is clipped to a pixel on purpose. */
const tiny = (r: DOMRect) => r.width <= 1 || r.height <= 1;

/**
 * A one-line text shortened with an ellipsis on purpose, whose whole text is
 * still there for assistive technology and, as a tooltip, for the mouse.
 */
function shortenedOnPurpose(el: HTMLElement, style: CSSStyleDeclaration): boolean {
  return style.textOverflow === 'ellipsis' && el.title !== '' && el.title === (el.textContent ?? '').trim();
}

/**
 * Text a learner cannot read whole: an element holding text that reaches
 * past the left or right edge, or a box that hides overflowing content
 * (unless it is shortened on purpose, with its whole text still there).
 */
export function clippedText(doc: Document): string[] {
  const win = doc.defaultView!;
  const width = doc.documentElement.clientWidth;
  const problems: string[] = [];
  for (const el of deepAll<HTMLElement>(doc, '*')) {
    if (el.getClientRects().length === 0) continue;
    const r = el.getBoundingClientRect();
    if (tiny(r)) continue;
    const style = win.getComputedStyle(el);
    if (CLIPS.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !shortenedOnPurpose(el, style)) problems.push(`${describe(el)} hides ${el.scrollWidth - el.clientWidth}px across`);
    if (CLIPS.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${describe(el)} hides ${el.scrollHeight - el.clientHeight}px down`);
    const holdsText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (holdsText && (r.left < -1 || r.right > width + 1)) problems.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}px of ${width}px`);
  }
  return problems;
}

/** The innermost element at a point, looking into shadow roots (document.elementFromPoint stops at the host). */
export function hitTarget(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}
