/**
 * Drives the live preview page (scripts/preview/lms.html) in an iframe, on
 * the test server's origin (test/support/preview-harness.ts proxies it), and
 * reads what the author sees: the course frame's text, the build status and
 * the problem list.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Starts the preview on a copy of the fixture course (with its Spanish translation if `translated`). */
export const startPreview = (options: { translated?: boolean } = {}) => executeServerCommand<{ url: string }, { translated?: boolean }>('preview-start', options);
export const stopPreview = () => executeServerCommand('preview-stop');
/** Replaces a text in the course files, whatever their format. */
export const editCourse = (from: string, to: string) => executeServerCommand<number, { from: string; to: string }>('preview-edit', { from, to });

/** Text of a node and every shadow root below it, whitespace-normalised. */
export function deepText(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    // Not shown: <noscript> is raw text while scripts run.
    if (['NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE'].includes(n.nodeName)) return;
    const shadow = (n as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** `seen` tells, on a timeout, what there was instead. */
export async function until(check: () => boolean, what: string, seen: () => string = () => '', timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting until ${what}; saw: ${seen()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class PreviewPage {
  readonly frame = document.createElement('iframe');

  /** Opens the page with these form settings (its URL parameters, e.g. `standard`, `rebuild`). */
  async open(url: string, settings: Record<string, string>): Promise<void> {
    this.frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
    this.frame.src = `${url}?${new URLSearchParams(settings)}`;
    document.body.append(this.frame);
    await new Promise((resolve) => this.frame.addEventListener('load', resolve, { once: true }));
  }

  get doc(): Document {
    return this.frame.contentDocument!;
  }

  byId<T extends HTMLElement = HTMLElement>(id: string): T {
    return this.doc.getElementById(id) as T;
  }

  /** The course frame inside the page. */
  get course(): HTMLIFrameElement {
    return this.byId<HTMLIFrameElement>('course');
  }

  /** What the learner sees of the course; empty while it is hidden or loading. */
  courseText(): string {
    if (this.course.hidden) return '';
    this.pastCover();
    return deepText(this.course.contentDocument?.body);
  }

  /** The course opens on its cover: press Start (or Continue), as the author would to read the lesson. */
  private pastCover(): void {
    const player = this.course.contentDocument?.querySelector('fl-player');
    const cover = player?.shadowRoot?.querySelector('#view > fl-cover');
    cover?.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.click();
  }

  warnings(): string[] {
    if (this.byId('warnings').hidden) return [];
    return [...this.byId('warning-list').querySelectorAll('li')].map((li) => li.textContent ?? '');
  }

  problems(): string[] {
    if (this.byId('problems').hidden) return [];
    return [...this.byId('problem-list').querySelectorAll('li')].map((li) => li.textContent ?? '');
  }

  /** Picks a value in one of the page's selects, as the author does. */
  choose(id: string, value: string): void {
    const select = this.byId<HTMLSelectElement>(id);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The option values of a select. */
  options(id: string): string[] {
    return [...this.byId<HTMLSelectElement>(id).options].map((o) => o.value);
  }

  /** Text of the items of a list (the API log, the statement log). */
  items(id: string): string[] {
    return [...this.byId(id).children].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  text(id: string): string {
    return (this.byId(id).textContent ?? '').trim();
  }

  /** Marks the course frame's current document, to tell a reload from the same page. */
  markCourse(): void {
    (this.course.contentWindow as Window & { previewMark?: boolean }).previewMark = true;
  }

  courseReloaded(): boolean {
    return !(this.course.contentWindow as Window & { previewMark?: boolean } | null)?.previewMark;
  }

  close(): void {
    this.frame.remove();
  }
}
