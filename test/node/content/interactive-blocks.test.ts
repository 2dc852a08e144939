// The accordion, tabs and steps blocks in a module file: what the reader makes of them, how they are written
// back, what a trainer is told when one is written wrong, and their translation units.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseModuleMarkdown } from '../../../scripts/lib/course-format/markdown-module.js';
import { writeModuleMarkdown } from '../../../scripts/lib/course-format/write-module.js';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { displayPath } from '../../../scripts/lib/paths.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { assembleModuleTranslation, moduleUnits } from '../../../src/content/translation-units.js';
import type { Block, Module } from '../../../src/content/types.js';
import { formatProblem } from '../../../src/content/validate.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The paragraph of the fixture's first lesson, after which the tests write their blocks. */
const ANCHOR = 'Visitors decide within seconds whether they feel welcome.\n';

const BLOCKS = `### Accordion: What to say

#### Someone is lost

Say hello and ask where they are going.

- Point the way.
- Walk a few steps with them.

#### Someone is angry

Lower your voice.

### Tabs: Three places

#### Shopping centre

Shoppers ask for the restrooms.

#### Stadium

Fans ask for their gate.

### Steps: Reporting an incident

1. **Make it safe**: Check nobody is still in danger.
2. **Tell control:** Say where you are and what happened.
`;

async function withBlocks(blocks: string) {
  const dir = copyFixtureCourse((name, text) => (name === '01-greeting.md' ? replaceOnce(text, ANCHOR, `${ANCHOR}\n${blocks}\n`) : text));
  dirs.push(dir);
  const loaded = await loadCourse(dir);
  const path = join(dir, '01-greeting.md');
  return { ...loaded, lines: loaded.problems.filter((p) => p.severity !== 'warning').map(formatProblem), text: readFileSync(path, 'utf8'), file: displayPath(path) };
}

/** `file:line:1` of the line holding `needle`. */
function lineOf(r: { file: string; text: string }, needle: string): string {
  const index = r.text.indexOf(needle);
  assert.ok(index >= 0, `not in the file: ${needle}`);
  const before = r.text.slice(0, index);
  return `${r.file}:${before.split('\n').length}:${index - before.lastIndexOf('\n')}`;
}

const firstLesson = (m: Module[]) => m[0]!.lessons[0]!.blocks;

describe('accordion, tabs and steps in a module file', () => {
  test('are read into sections, tabs and steps, in the lesson where they are written, and the blocks after go on as usual', async () => {
    const r = await withBlocks(BLOCKS);
    assert.deepEqual(r.lines, []);
    const blocks = firstLesson(r.course.modules);
    assert.deepEqual(blocks.slice(1, 4), [
      {
        kind: 'accordion',
        title: 'What to say',
        sections: [
          { title: 'Someone is lost', blocks: [{ kind: 'paragraph', text: 'Say hello and ask where they are going.' }, { kind: 'list', items: ['Point the way.', 'Walk a few steps with them.'] }] },
          { title: 'Someone is angry', blocks: [{ kind: 'paragraph', text: 'Lower your voice.' }] },
        ],
      },
      {
        kind: 'tabs',
        title: 'Three places',
        tabs: [
          { title: 'Shopping centre', blocks: [{ kind: 'paragraph', text: 'Shoppers ask for the restrooms.' }] },
          { title: 'Stadium', blocks: [{ kind: 'paragraph', text: 'Fans ask for their gate.' }] },
        ],
      },
      {
        kind: 'steps',
        title: 'Reporting an incident',
        steps: [
          { title: 'Make it safe', text: 'Check nobody is still in danger.' },
          { title: 'Tell control', text: 'Say where you are and what happened.' },
        ],
      },
    ] satisfies Block[]);
    // The list and tip written after them in the fixture are the lesson's own blocks again.
    assert.deepEqual(blocks.slice(4).map((b) => b.kind), ['list', 'tip']);
  });

  test('a tip ends an accordion; a paragraph after a steps list is the lesson\'s', async () => {
    const r = await withBlocks('### Accordion: One\n\n#### A\n\nText.\n\n> [!TIP]\n> After.\n\n### Steps: Two\n\n1. **A**: a.\n2. **B**: b.\n\nAfter the steps.\n');
    assert.deepEqual(r.lines, []);
    assert.deepEqual(firstLesson(r.course.modules).slice(1, 5).map((b) => b.kind), ['accordion', 'tip', 'steps', 'paragraph']);
  });

  test('are written back in the same syntax and read again as the same data', async () => {
    const r = await withBlocks(BLOCKS);
    const module = r.course.modules[0]!;
    const written = writeModuleMarkdown(module);
    assert.match(written, /^### Accordion: What to say$/m);
    assert.match(written, /^#### Someone is lost$/m);
    assert.match(written, /^1\. \*\*Make it safe\*\*: Check nobody is still in danger\.$/m);
    const again = parseModuleMarkdown('again.md', written);
    assert.deepEqual(again.problems, []);
    assert.deepEqual((again.value as Module).lessons, module.lessons);
  });
});

test('the example in modules/README.md reads with no problem', () => {
  const example = [...readFileSync('modules/README.md', 'utf8').matchAll(/^````markdown\n([\s\S]*?)^````$/gm)].map((m) => m[1]!).find((t) => t.includes('### Accordion:'));
  assert.ok(example, 'modules/README.md shows the blocks');
  const module = `---\nid: example\nminutes: 1\nobjectives:\n  - id: o\n    text: T\n---\n\n# Example\n\n## Lesson {#example_lesson}\n\n${example}`;
  const parsed = parseModuleMarkdown('example.md', module);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual((parsed.value as Module).lessons[0]!.blocks.map((b) => b.kind), ['accordion', 'tabs', 'steps']);
});

describe('what a trainer is told', () => {
  test('an accordion with no sections, and a tab list with one tab', async () => {
    const r = await withBlocks('### Accordion: Empty\n\n### Tabs: Alone\n\n#### Only tab\n\nText.\n');
    assert.deepEqual(r.lines, [
      `${lineOf(r, '### Accordion: Empty')}: lesson first_seconds, block 2: sections: has no sections — write each section as a #### heading with its paragraphs or - list below it`,
      `${lineOf(r, '### Tabs: Alone')}: lesson first_seconds, block 3: tabs: has only 1 tab, and tabs need at least 2 — add another: write each tab as a #### heading with its paragraphs or - list below it; or write the text as paragraphs instead`,
    ]);
  });

  test('a tab with no text, and a section heading with text before it', async () => {
    const r = await withBlocks('### Tabs: Places\n\nToo early.\n\n#### Day\n\n#### Night\n\nQuiet.\n');
    assert.deepEqual(r.lines, [
      `${lineOf(r, 'Too early.')}: lesson first_seconds, block 2: text before the first #### tab heading of the tabs "Places" — put it under a #### tab heading, or above the ### Tabs: heading`,
      `${lineOf(r, '#### Day')}: lesson first_seconds, block 2, tab 1: blocks: the tab "Day" has no text — write a paragraph or a - list below its #### heading, or remove the heading`,
    ]);
  });

  test('a step without text, a step without a name, and steps written as a - list', async () => {
    // The paragraph after keeps the fixture's own - list apart (two - lists in a row are one list in Markdown).
    const r = await withBlocks('### Steps: Report\n\n- **Safe**: Make it safe.\n- **Tell control**\n- Write it down.\n\nAfter.\n');
    assert.deepEqual(r.lines, [
      `${lineOf(r, '- **Safe**')}: lesson first_seconds, block 2: the steps "Report" are a - list, not a numbered one — number them instead: 1. **Step name**: what to do, then 2. and so on`,
      `${lineOf(r, '- **Tell control**')}: lesson first_seconds, block 2, step 2: text: is empty — write what to do in this step after the colon: 1. **Tell control**: say where you are going`,
      `${lineOf(r, '- Write it down.')}: lesson first_seconds, block 2, step 3: title: the step has no name — start it with the name in ** **, then a colon: 1. **Tell control**: say where you are going`,
    ]);
  });

  test('a heading the format does not know, a #### outside an accordion or tabs, and a question inside an accordion', async () => {
    const r = await withBlocks('### Acordion: Typo\n\n#### Lost\n\n### Accordion: What to say\n\n#### A\n\nText.\n\n```question\nid: q_inside\n```\n');
    assert.deepEqual(r.lines, [
      `${lineOf(r, '### Acordion: Typo')}: a ### heading is not part of the course format — did you mean ### Accordion:? write ### Scenario:, ### Graphic:, ### Accordion:, ### Tabs: or ### Steps: and a title`,
      `${lineOf(r, '#### Lost')}: a #### heading is not part of the course format — a #### heading starts a section of an ### Accordion: or a tab of ### Tabs: — write one of those above it, or use ## for a lesson`,
      `${lineOf(r, '```question\nid: q_inside')}: lesson first_seconds, block 2: a question inside the accordion "What to say" — move it above the ### Accordion: heading, or below the block: the accordion "What to say" runs until the next ## or ### heading or tip`,
    ]);
  });

  test('an accordion in the job aid is refused like a tip there', async () => {
    const dir = copyFixtureCourse((name, text) => (name === '01-greeting.md' ? replaceOnce(text, '## Knowledge check', '## Job aid: At the desk\n\n### Accordion: No\n\n#### A\n\nText.\n\n## Knowledge check') : text));
    dirs.push(dir);
    const lines = (await loadCourse(dir)).problems.filter((p) => p.severity !== 'warning').map((p) => `${p.message} — ${p.fix}`);
    assert.ok(lines.some((l) => l.startsWith('an accordion in ## Job aid — ## Job aid holds only paragraphs and - lists')), lines.join('\n'));
  });
});

describe('translation units of the blocks', () => {
  test('keys count sections, tabs and steps from 1, and a translation shows in every part', async () => {
    const r = await withBlocks(BLOCKS);
    const module = r.course.modules[0]!;
    const units = moduleUnits(module).filter((u) => /^first_seconds\.block[234]\./.test(u.key));
    assert.deepEqual(units.map((u) => `${u.key}: ${u.source}`), [
      'first_seconds.block2.title: What to say',
      'first_seconds.block2.section1.title: Someone is lost',
      'first_seconds.block2.section1.block1.text: Say hello and ask where they are going.',
      'first_seconds.block2.section1.block2.item1: Point the way.',
      'first_seconds.block2.section1.block2.item2: Walk a few steps with them.',
      'first_seconds.block2.section2.title: Someone is angry',
      'first_seconds.block2.section2.block1.text: Lower your voice.',
      'first_seconds.block3.title: Three places',
      'first_seconds.block3.tab1.title: Shopping centre',
      'first_seconds.block3.tab1.block1.text: Shoppers ask for the restrooms.',
      'first_seconds.block3.tab2.title: Stadium',
      'first_seconds.block3.tab2.block1.text: Fans ask for their gate.',
      'first_seconds.block4.title: Reporting an incident',
      'first_seconds.block4.step1.title: Make it safe',
      'first_seconds.block4.step1.text: Check nobody is still in danger.',
      'first_seconds.block4.step2.title: Tell control',
      'first_seconds.block4.step2.text: Say where you are and what happened.',
    ]);
    const texts = new Map(moduleUnits(module).map((u) => [u.key, `[${u.key}]`]));
    const course = { ...r.course, translations: { es: { title: 't', description: 'd', assessment: { title: 'a' }, modules: { [module.id]: assembleModuleTranslation(module, texts) } } } };
    const shown = localizeCourse(course, 'es').modules[0]!.lessons[0]!.blocks;
    assert.deepEqual(shown[1], {
      kind: 'accordion',
      title: '[first_seconds.block2.title]',
      sections: [
        { title: '[first_seconds.block2.section1.title]', blocks: [{ kind: 'paragraph', text: '[first_seconds.block2.section1.block1.text]' }, { kind: 'list', items: ['[first_seconds.block2.section1.block2.item1]', '[first_seconds.block2.section1.block2.item2]'] }] },
        { title: '[first_seconds.block2.section2.title]', blocks: [{ kind: 'paragraph', text: '[first_seconds.block2.section2.block1.text]' }] },
      ],
    });
    assert.equal(shown[2]!.kind === 'tabs' && shown[2]!.tabs[1]!.title, '[first_seconds.block3.tab2.title]');
    assert.deepEqual(shown[3]!.kind === 'steps' && shown[3]!.steps[1], { title: '[first_seconds.block4.step2.title]', text: '[first_seconds.block4.step2.text]' });
  });

  test('every module of the real course has at least one of the blocks, translated into Spanish', async () => {
    const { course, problems } = await loadCourse('modules');
    assert.deepEqual(problems.filter((p) => p.severity !== 'warning'), []);
    const kinds = new Set(['accordion', 'tabs', 'steps']);
    const spanish = localizeCourse(course, 'es');
    course.modules.forEach((m, i) => {
      const blocks = m.lessons.flatMap((l) => l.blocks).filter((b) => kinds.has(b.kind));
      assert.ok(blocks.length > 0, `${m.id} has an accordion, tabs or steps`);
      const shown = spanish.modules[i]!;
      assert.equal(shown.language, undefined, `${m.id} is shown in Spanish`);
      const shownTitles = shown.lessons.flatMap((l) => l.blocks).filter((b) => kinds.has(b.kind)).map((b) => (b as { title: string }).title);
      blocks.forEach((b, j) => assert.notEqual(shownTitles[j], (b as { title: string }).title, `${m.id}: "${(b as { title: string }).title}" in Spanish`));
    });
  });
});
