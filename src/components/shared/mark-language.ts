import { html, type TemplateResult } from 'lit';

/**
 * `message` with its `part` wrapped in `<span lang>` when that part (a title
 * left in the course's language under another interface language) is in
 * another language than the page (WCAG 3.1.2). The catalogue's messages stay
 * plain strings; the part is found inside the finished message.
 */
export function markLanguage(message: string, part: string, lang: string | undefined): string | TemplateResult {
  const at = lang && part ? message.indexOf(part) : -1;
  if (at < 0) return message;
  return html`${message.slice(0, at)}<span lang=${lang!}>${part}</span>${message.slice(at + part.length)}`;
}
