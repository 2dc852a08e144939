/**
 * The plain text of a Markdown paragraph or heading. Course text is plain: the
 * player shows no bold, links or code, so such markup is reported rather than
 * silently shown as bare words.
 */
import type { PhrasingContent } from 'mdast';

const MARKUP: Partial<Record<PhrasingContent['type'], { what: string; fix: string }>> = {
  emphasis: { what: 'italics (*…* or _…_)', fix: 'remove the * or _ marks, or write \\* for a star' },
  strong: { what: 'bold (**…**)', fix: 'remove the ** marks' },
  link: { what: 'a link', fix: 'write the text without [ ]( ): the course shows no links' },
  linkReference: { what: 'a link', fix: 'write the text without [ ]: the course shows no links' },
  inlineCode: { what: 'code (`…`)', fix: 'remove the ` marks' },
  image: { what: 'a picture inside text', fix: 'put the picture on its own line, with a blank line before and after: ![What it shows](media/file.svg)' },
  imageReference: { what: 'a picture reference', fix: 'write the picture with its file on its own line: ![What it shows](media/file.svg)' },
  html: { what: 'HTML', fix: 'remove the <…> tag, or write \\< for a < sign' },
};

export interface Markup {
  what: string;
  fix: string;
  node: PhrasingContent;
}

/** Joins the words, a line break inside a paragraph counting as a space; `markup` collects what the course would not show. */
export function plainText(nodes: PhrasingContent[], markup: Markup[]): string {
  return nodes.map((n) => nodeText(n, markup)).join('').replace(/[ \t]*\n[ \t]*/g, ' ').trim();
}

function nodeText(node: PhrasingContent, markup: Markup[]): string {
  const found = MARKUP[node.type];
  if (found) markup.push({ ...found, node });
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      return '\n';
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map((c) => nodeText(c, markup)).join('') : '';
  }
}
