/**
 * The one renderer for manifests and the launch page. Every value goes through
 * an XML escaper, and templates may not opt out: `{{{x}}}` and `{{& x}}` are
 * refused, so a course title with `&` or `<` can never break a package.
 */
import { readFileSync } from 'node:fs';
import Mustache from 'mustache';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// XML 1.0 §2.2 (Char): these code points are not allowed in a document at all,
// not even as character references, so they are dropped rather than escaped.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML/HTML content and attribute values (both quote kinds). */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

function refuseRaw(tokens: Token[], name: string): void {
  for (const [type, value, , , children] of tokens) {
    if (type === '&' || type === '{') throw new Error(`${name}: unescaped tag {{{${value}}}} — use {{${value}}}; all values must be escaped`);
    if (children) refuseRaw(children, name);
  }
}

/** Renders a Mustache template string; `name` labels errors. */
export function renderString(template: string, view: object, name = 'template'): string {
  refuseRaw(Mustache.parse(template) as unknown as Token[], name);
  return Mustache.render(template, view, {}, { escape: escapeXml });
}

/** Renders a Mustache template file. */
export function renderTemplate(path: string, view: object): string {
  return renderString(readFileSync(path, 'utf8'), view, path);
}
