/** What a scaffold wrote, for the message `npm run new` prints. */
export interface Written {
  /** The file as reports show it. */
  file: string;
  /** 1-based line where the new part starts. */
  line: number;
  /** One line each, saying what was added. */
  summary: string[];
  /** The lines still holding a placeholder, with their text. */
  todos: { line: number; text: string }[];
}

/** The TODO lines of `text` from line `from` to line `to` (1-based, inclusive). */
export function todoLines(text: string, from = 1, to = Infinity): Written['todos'] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t.trim() }))
    .filter((l) => l.line >= from && l.line <= to && l.text.includes('TODO:'));
}

export function formatWritten(w: Written): string {
  const todos = w.todos.map((t) => `  ${w.file}:${t.line}: ${t.text}`);
  return [...w.summary, '', 'Replace every TODO with your text (npm run validate lists the ones left):', ...todos].join('\n');
}
