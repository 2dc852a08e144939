/**
 * Adds a ```question block at the end of a module file's knowledge check or
 * final assessment questions, leaving every other byte of the file as the
 * trainer wrote it (a rewrite through the writer would reflow their text).
 * A missing section heading is added where the format expects it.
 */
import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { SECTION_HEADINGS } from '../course-format/markdown-module.js';
import { plainText } from '../course-format/markdown-text.js';

export type QuestionSection = keyof typeof SECTION_HEADINGS;

export interface Inserted {
  text: string;
  /** 1-based line of the block's opening ``` in the new text. */
  line: number;
}

/** `block` is the question's Markdown (questionMarkdown), ending in a line break. */
export function insertQuestion(source: string, block: string, section: QuestionSection): Inserted {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const written = block.trimEnd().replace(/\n/g, eol);
  const headings = sectionHeadings(source);
  const own = headings.find((h) => h.section === section);
  if (own) {
    // The section ends at the next # or ## heading, or at the end of the file.
    const end = headings.find((h) => h.start > own.start)?.start ?? source.length;
    const last = source.slice(0, end).trimEnd().length;
    return insertAt(source, last, `${eol}${eol}${written}${source.length === last ? eol : ''}`, 2);
  }
  const heading = `## ${SECTION_HEADINGS[section]}`;
  // The knowledge check comes before the final assessment questions (modules/README.md).
  const bank = section === 'check' ? headings.find((h) => h.section === 'bank') : undefined;
  if (bank) return insertAt(source, bank.start, `${heading}${eol}${eol}${written}${eol}${eol}`, 2);
  const last = source.trimEnd().length;
  return insertAt(source, last, `${last > 0 ? `${eol}${eol}` : ''}${heading}${eol}${eol}${written}${eol}`, last > 0 ? 4 : 2);
}

/** `insert` at `offset`; the block starts `linesBefore` line breaks into `insert`. */
function insertAt(source: string, offset: number, insert: string, linesBefore: number): Inserted {
  const line = source.slice(0, offset).split('\n').length + linesBefore;
  return { text: source.slice(0, offset) + insert + source.slice(offset), line };
}

interface SectionHeading {
  /** Offset of the start of the heading's line. */
  start: number;
  section: QuestionSection | undefined;
}

/** The # and ## headings in file order, naming the question sections. */
function sectionHeadings(source: string): SectionHeading[] {
  const tree = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  return tree.children
    .filter((n): n is Heading => n.type === 'heading' && n.depth <= 2)
    .map((h) => {
      const title = plainText(h.children, []).toLowerCase();
      const section = (Object.keys(SECTION_HEADINGS) as QuestionSection[]).find((k) => h.depth === 2 && SECTION_HEADINGS[k].toLowerCase() === title);
      return { start: source.lastIndexOf('\n', h.position!.start.offset! - 1) + 1, section };
    });
}
