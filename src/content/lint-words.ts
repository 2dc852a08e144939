/**
 * Absolute words that give a wrong option away: test-wise officers learn that
 * "never" or "guarantees" is rarely the right answer, and pick another option
 * without knowing the material. The one list the exam lint uses (documented in
 * modules/README.md, "Exam quality checks").
 */
export const ABSOLUTE_WORDS: readonly string[] = ['and nothing else', 'guarantees', 'nothing', 'always', 'never', 'every', 'only', 'all'];

// Longest phrases first, so "and nothing else" is named rather than "nothing"; \b keeps "everyone" and "allowed" out.
const alternatives = [...ABSOLUTE_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
const PATTERN = new RegExp(`\\b(${alternatives.join('|')})\\b`, 'i');

/** The first absolute word or phrase in `text`, as listed (lowercase), or undefined. */
export function absoluteWordIn(text: string): string | undefined {
  const found = PATTERN.exec(text);
  return found ? found[1]!.toLowerCase().replace(/\s+/g, ' ') : undefined;
}
