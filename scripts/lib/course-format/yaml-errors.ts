/**
 * YAML's syntax errors in a trainer's words. The `yaml` library names each
 * error with a code (yaml 2.x `ErrorCode`); the common mistakes in course text
 * are a colon or a leading quote inside unquoted text, and indentation.
 */
import type { YAMLError } from 'yaml';

export interface PlainError {
  message: string;
  fix: string;
  /** 0-based offset in the YAML text the message is about. */
  offset: number;
}

const QUOTE_FIX = 'put the whole text in double quotes ("…"), or write | after the colon and the text on the next lines, indented';

export function plainYamlError(error: YAMLError, text: string): PlainError {
  const offset = error.pos[0];
  const lineOf = (at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, nextNewline(text, at));
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "text: Right: safety first" (a second ": " on the line) or "a: 1" followed by a line indented under it.
      const rest = text.slice(offset, nextNewline(text, offset));
      if (/:(\s|$)/.test(rest)) return { message: 'a colon inside text needs quotes', fix: QUOTE_FIX, offset };
      return indentedMore(lineStart(text, nextNewline(text, offset) + 1));
    }
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT': {
      // The range starts on the line above the one that is indented wrongly.
      const newline = text.indexOf('\n', offset);
      return indentedMore(newline !== -1 && newline < error.pos[1] ? lineStart(text, newline + 1) : lineStart(text, offset));
    }
    case 'MISSING_CHAR':
      if (/without - indicator/.test(error.message)) {
        return { message: 'this line is not lined up with the item above it', fix: 'indent it exactly like the line above that belongs to the same item (e.g. text: under id:), or start a new item with "- "', offset: lineStart(text, offset) };
      }
      return { message: 'a line here is not of the form "name: value"', fix: 'write name: value, or put text that contains ": " or "- " in double quotes', offset };
    case 'UNEXPECTED_TOKEN':
      if (/^\s*\S+:\s*["']/.test(lineOf(offset))) {
        return { message: 'text that starts with a quote mark must also end with it', fix: `${QUOTE_FIX}; inside "…" an apostrophe needs nothing, a " is written \\"`, offset };
      }
      if (/block-seq-ind/.test(error.message)) return { message: 'text cannot start with "- " after a colon', fix: QUOTE_FIX, offset };
      return { message: 'this line does not fit the lines around it', fix: 'check its indentation and that text with ": " or starting with a quote is in double quotes', offset };
    case 'DUPLICATE_KEY':
      return { message: `"${(lineOf(offset).split(':')[0] ?? '').trim()}" is written twice in the same item`, fix: 'keep one of them', offset };
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab', fix: 'indent with spaces (two per level)', offset };
    case 'BAD_SCALAR_START':
      return { message: `text cannot start with ${text[offset] ?? 'this character'} unless it is quoted`, fix: QUOTE_FIX, offset };
    case 'BAD_DQ_ESCAPE':
      return { message: 'a backslash inside "…" starts a special character', fix: 'write \\\\ for a backslash, or use single quotes', offset };
    default:
      return { message: `the YAML here cannot be read (${error.message.split('\n')[0]})`, fix: 'compare this part with the examples in modules/README.md', offset };
  }
}

function indentedMore(offset: number): PlainError {
  return { message: 'this line is indented more than the one above', fix: 'line it up with the line above, or if it continues that text, put the text in double quotes or after |', offset };
}

function nextNewline(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

function lineStart(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start + (text.slice(start).match(/^ */)?.[0].length ?? 0);
}
