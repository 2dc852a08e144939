// What a trainer sees for each kind of mistake in a module file: one line per problem,
// `file:line:column: where: what — how to fix`, every problem at once.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { formatProblem, type Problem } from '../../../src/content/validate.js';
import { displayPath } from '../../../scripts/lib/paths.js';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Loads the fixture course with `from` replaced by `to` in 01-greeting.md; returns the problem lines and the edited text. */
async function withEdit(...edits: [from: string, to: string][]): Promise<{ lines: string[]; problems: Problem[]; text: string; file: string }> {
  const dir = copyFixtureCourse((name, text) => (name === '01-greeting.md' ? edits.reduce((t, [from, to]) => replaceOnce(t, from, to), text) : text));
  dirs.push(dir);
  const { problems } = await loadCourse(dir);
  const file = join(dir, '01-greeting.md');
  return { lines: problems.map(formatProblem), problems, text: readFileSync(file, 'utf8'), file: displayPath(file) };
}

/** `file:line:column` of the first occurrence of `needle` in the text (column of its first character). */
function at(file: string, text: string, needle: string, offset = 0): string {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `not in the edited file: ${needle}`);
  const before = text.slice(0, index + offset);
  return `${file}:${before.split('\n').length}:${index + offset - before.lastIndexOf('\n')}`;
}

describe('mistakes in a module file', () => {
  test('apostrophes, quotes, accents and a colon inside quotes need no escaping', async () => {
    const r = await withEdit(['prompt: What do you say?', `prompt: What's the visitor's "name"? Sí, señor — ¿qué dices?`], ['Visitors decide within seconds', "Visitors' first \"look\": they decide within seconds"]);
    assert.deepEqual(r.lines, []);
  });

  test('a colon inside unquoted text', async () => {
    const r = await withEdit(['    feedback: Everyone signs in.', '    feedback: Careful: everyone signs in.']);
    assert.deepEqual(r.lines, [`${at(r.file, r.text, 'Careful: everyone')}: a colon inside text needs quotes — put the whole text in double quotes ("…"), or write | after the colon and the text on the next lines, indented`]);
  });

  test('a line indented more than the one above', async () => {
    const r = await withEdit(['  - id: ignore\n    text: Nothing;', '  - id: ignore\n      text: Nothing;']);
    assert.deepEqual(r.lines, [`${at(r.file, r.text, 'text: Nothing;')}: this line is indented more than the one above — line it up with the line above, or if it continues that text, put the text in double quotes or after |`]);
  });

  test('a misspelt field is named, with the field it probably is, and no "is missing" beside it', async () => {
    const r = await withEdit(['prompt: When do you greet a visitor?', 'promt: When do you greet a visitor?'], ['    correct: true\n    feedback: "Yes: within', '    corect: true\n    feedback: "Yes: within']);
    assert.deepEqual(r.lines, [
      `${at(r.file, r.text, 'promt:')}: question greet_when: promt: "promt" is not a field here — did you mean "prompt"? (the fields here are id, type, objective, prompt, options)`,
      `${at(r.file, r.text, 'options:\n  - id: at_once')}: question greet_when: options: has no correct answer — mark exactly one option with correct: true`,
      `${at(r.file, r.text, 'corect:')}: question greet_when, option at_once: corect: "corect" is not a field here — did you mean "correct"? (the fields here are id, text, correct, feedback)`,
    ]);
  });

  test('a lesson heading without its id, text outside a lesson, and markup the course does not show', async () => {
    const r = await withEdit(['## The first seconds {#first_seconds}', 'Welcome!\n\n## The first seconds'], ['Visitors decide within seconds', 'Visitors decide within **seconds**']);
    assert.deepEqual(r.lines, [
      `${at(r.file, r.text, 'Welcome!')}: text outside a lesson — start a lesson first with a ## heading and its id, e.g. ## Title {#m1_l_name}`,
      `${at(r.file, r.text, '## The first seconds')}: lesson 1: id: the lesson "The first seconds" has no id — write its id after the title, e.g. ## The first seconds {#m_l_the_first_seconds}`,
      `${at(r.file, r.text, '**seconds**')}: lesson 1, block 1: text: bold (**…**) is not shown in the course — remove the ** marks`,
    ]);
  });

  test('a # after a space would cut the text short', async () => {
    const r = await withEdit(['    feedback: Everyone signs in.', '    feedback: Everyone signs in at desk #2.']);
    assert.deepEqual(r.lines, [`${at(r.file, r.text, '#2.')}: question hurried_visitor, option ignore: feedback: the text after " #" is read as a comment and left out — put the whole text in double quotes ("…")`]);
  });

  test('a scenario without its question, and a question outside any section', async () => {
    const r = await withEdit(['A visitor walks past the desk without stopping.\n\n```question', 'A visitor walks past the desk without stopping.\n\nThen they stop.\n\n```question']);
    assert.deepEqual(r.lines, [`${at(r.file, r.text, 'Then they stop.')}: lesson asking_for_id, block 2: text: a scenario has one paragraph describing the situation, then its question — join the paragraphs into one, or put this paragraph after the \`\`\`question block`]);
  });

  test('every mistake at once, in file order', async () => {
    const r = await withEdit(['prompt: When do you greet a visitor?', 'promt: When do you greet a visitor?'], ['    feedback: Everyone signs in.', '    feedback: Careful: everyone signs in.'], ['Visitors decide', 'Visitors _decide_']);
    assert.equal(r.lines.length, 3, r.lines.join('\n'));
    const lines = r.problems.map((p) => p.line!);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  });
});

describe('files in the course folder the course does not use', () => {
  test('a misnamed module and an old .ts module are errors; another file is a warning', async () => {
    const dir = copyFixtureCourse();
    dirs.push(dir);
    writeFileSync(join(dir, '3-night-shifts.md'), '# Night shifts\n');
    writeFileSync(join(dir, '01-greeting.ts'), 'export default {};\n');
    writeFileSync(join(dir, 'notes.txt'), 'ideas\n');
    const { problems } = await loadCourse(dir);
    const shown = displayPath(dir);
    assert.deepEqual(problems.map(formatProblem), [
      `${shown}/01-greeting.ts: is a course file in the old TypeScript format, which the build no longer reads — the course is now written in 01-greeting.md (see modules/README.md): move any change into that file and delete this one`,
      `${shown}/3-night-shifts.md: is not included in the course — name module files NN-name.md (two digits, a hyphen, lowercase letters, digits and hyphens), e.g. 03-night-shifts.md`,
      `${shown}/notes.txt: warning: this file is not part of the course — move it out of the course folder, or, if it is a module, name it NN-name.md`,
    ]);
  });
});
