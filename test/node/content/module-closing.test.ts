// The summary and the job aid in a module file: read, written back, translated, and what a trainer is told.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { parseModuleMarkdown } from '../../../scripts/lib/course-format/markdown-module.js';
import { writeModuleMarkdown } from '../../../scripts/lib/course-format/write-module.js';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { moduleUnits } from '../../../src/content/translation-units.js';
import type { Module } from '../../../src/content/types.js';
import { formatProblem } from '../../../src/content/validate.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CLOSING = `## Summary

- Greet every visitor within seconds.
- Ask for ID politely, and say why: "It keeps everyone safe."

## Job aid: Greet, inform, respond

Greet

- Look up and smile.
- Say hello.

Tell {control} if something looks wrong.

`;

/** The fixture course with `closing` put before 01-greeting.md's knowledge check, and `more` edits. */
async function load(closing: string, ...more: [string, string][]) {
  const dir = copyFixtureCourse((name, text) => {
    if (name !== '01-greeting.md') return text;
    const edited = replaceOnce(text, '## Knowledge check\n', `${closing}## Knowledge check\n`);
    return more.reduce((t, [from, to]) => replaceOnce(t, from, to), edited);
  });
  dirs.push(dir);
  const loaded = await loadCourse(dir);
  return { ...loaded, lines: loaded.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\//, '') })) };
}

describe('## Summary and ## Job aid', () => {
  test('are read into the module after its lessons, and written back the same', async () => {
    const { course, lines } = await load(CLOSING);
    const m = course.modules[0]!;
    assert.deepEqual(m.summary, ['Greet every visitor within seconds.', 'Ask for ID politely, and say why: "It keeps everyone safe."']);
    assert.deepEqual(m.jobAid, {
      title: 'Greet, inform, respond',
      blocks: [
        { kind: 'paragraph', text: 'Greet' },
        { kind: 'list', items: ['Look up and smile.', 'Say hello.'] },
        { kind: 'paragraph', text: 'Tell {control} if something looks wrong.' },
      ],
    });
    // The second module has none: the first module's are reported missing there.
    assert.deepEqual(lines, [
      '02-incidents.md:2:1: warning: the module has no summary, unlike the other modules — add ## Summary after the last lesson, with the key points as a - list',
      '02-incidents.md:2:1: warning: the module has no job aid, unlike the other modules — add ## Job aid: title after the summary, with what an officer keeps at hand as paragraphs and - lists',
    ]);
    const written = writeModuleMarkdown(m);
    assert.ok(written.includes(CLOSING.trimEnd()), written);
    assert.deepEqual(parseModuleMarkdown('m.md', written).value, m);
  });

  test('are translatable units keyed by the module id, in the order written', async () => {
    const { course } = await load(CLOSING);
    const units = moduleUnits(course.modules[0]!).filter((u) => /\.(summary|jobaid)\./.test(u.key));
    assert.deepEqual(
      units.map((u) => [u.key, u.source]),
      [
        ['greeting.summary.item1', 'Greet every visitor within seconds.'],
        ['greeting.summary.item2', 'Ask for ID politely, and say why: "It keeps everyone safe."'],
        ['greeting.jobaid.title', 'Greet, inform, respond'],
        ['greeting.jobaid.block1.text', 'Greet'],
        ['greeting.jobaid.block2.item1', 'Look up and smile.'],
        ['greeting.jobaid.block2.item2', 'Say hello.'],
        ['greeting.jobaid.block3.text', 'Tell {control} if something looks wrong.'],
      ],
    );
  });

  test('a course without any summary or job aid is not warned', async () => {
    const { lines } = await load('');
    assert.deepEqual(lines, []);
  });

  test('out of place, twice, without a title, or holding what they cannot', async () => {
    const { lines } = await load(
      `## Summary

A paragraph.

- One point.

- ${''}

> [!TIP]
> A tip.

## Job aid

## Summary

`,
      ['## Asking for identification {#asking_for_id}', '## Job aid: Early\n\nText.\n\n## Asking for identification {#asking_for_id}'],
    );
    const messages = lines.map((l) => l.replace(/^[^ ]* /, ''));
    assert.deepEqual(messages, [
      'a lesson comes after ## Job aid — move ## Job aid below the last lesson',
      'summary: the summary is a list of key points — write each point as a - item, with no paragraphs',
      'summary point 2: is empty — write the key point',
      'a tip in ## Summary — ## Summary holds only a - list of key points: move it into a lesson above',
      '## Job aid is written twice — keep one, with all its text under it',
      '## Summary is written twice — keep one, with all its text under it',
      'warning: the module has no summary, unlike the other modules — add ## Summary after the last lesson, with the key points as a - list',
      'warning: the module has no job aid, unlike the other modules — add ## Job aid: title after the summary, with what an officer keeps at hand as paragraphs and - lists',
    ]);
  });

  test('after the knowledge check, and a job aid with no title', async () => {
    const { lines } = await load('', ['## Final assessment questions', '## Job aid:\n\n- Keep calm.\n\n## Final assessment questions']);
    assert.deepEqual(lines.map((l) => l.replace(/^[^ ]* /, '')), [
      '## Job aid comes after ## Knowledge check — move it above ## Knowledge check, right after the last lesson',
      'job aid: title: the job aid has no title — write it after the colon, e.g. ## Job aid: Greet, inform, respond',
      'warning: the module has no job aid, unlike the other modules — add ## Job aid: title after the summary, with what an officer keeps at hand as paragraphs and - lists',
    ]);
  });
});

test('modules as data: a job aid block that is not a paragraph or list is refused', async () => {
  const { validateCourse } = await import('../../../src/content/validate.js');
  const module = parseModuleMarkdown('m.md', `---\nid: m\nminutes: 1\nobjectives: []\n---\n\n# M\n`).value as Module;
  const value = { ...module, jobAid: { title: 'T', blocks: [{ kind: 'tip', text: 'x' }] } };
  const problems = validateCourse({ config: { file: 'course.yaml', value: {} }, modules: [{ file: 'm.md', value }] }).filter((p) => p.path.startsWith('jobAid'));
  assert.deepEqual(problems.map((p) => `${p.path}: ${p.message} — ${p.fix}`), ['jobAid.blocks[0].kind: "tip" is not a block kind — use one of: paragraph, list']);
});
