// modules/README.md is the trainer's only reference: its example module and every example question
// must be read and accepted by the build exactly as written there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseModuleMarkdown } from '../../../scripts/lib/course-format/markdown-module.js';
import { readYaml } from '../../../scripts/lib/course-format/yaml-read.js';
import type { Question, QuestionType } from '../../../src/content/types.js';
import { formatProblem, validateCourse } from '../../../src/content/validate.js';
import { readMedia } from '../../../scripts/lib/media/read-media.js';
import { config } from '../../fixtures/minimal-course.js';

const README = readFileSync('modules/README.md', 'utf8');
const blocks = (fence: string, info: string) => [...README.matchAll(new RegExp(`^${fence}${info}\\n([\\s\\S]*?)^${fence}$`, 'gm'))].map((m) => m[1]!);

/** The course settings plus one module, validated as the build would; draw fits the module's bank. */
function problemsOf(module: unknown, bank: number): string[] {
  const settings = { ...config, assessment: { ...config.assessment, draw: Math.max(1, bank) } };
  // The examples use the course's own illustrations.
  const problems = validateCourse({ config: { file: 'course.yaml', value: settings }, modules: [{ file: 'example.md', value: module }], media: { folder: 'modules/media', files: readMedia('modules') } });
  // One example module shows a few of the course's pictures; the others are the real course's.
  return problems.filter((p) => !p.file.startsWith('modules/media/')).map(formatProblem);
}

describe('modules/README.md examples', () => {
  test('the example module reads and validates with no problem', () => {
    const [example] = blocks('````', 'markdown');
    assert.ok(example, 'the README has a ````markdown example module');
    const parsed = parseModuleMarkdown('example.md', example);
    assert.deepEqual(parsed.problems.map(formatProblem), []);
    assert.deepEqual(problemsOf(parsed.value, 1), []);
  });

  test('there is an example of every question type, and each validates in a module of its own', () => {
    const types = new Set<QuestionType>();
    for (const text of blocks('```', 'yaml')) {
      const value = readYaml('README.md', { text, start: { line: 1, column: 1 }, path: '' }, new Map()).value as Question & { passMark?: number };
      if (value.passMark !== undefined || (value as { assessment?: unknown }).assessment) continue; // the course.yaml example
      if (!('type' in value)) continue; // the translation example
      types.add(value.type);
      const module = { id: 'example', title: 'Example', minutes: 1, objectives: [{ id: value.objective, text: 'Something' }], lessons: [{ id: 'example_lesson', title: 'Example', blocks: [{ kind: 'paragraph', text: 'Text.' }] }], check: [], bank: [value] };
      assert.deepEqual(problemsOf(module, 1), [], value.id);
    }
    assert.deepEqual([...types].sort(), ['branching', 'matching', 'multiple', 'sequencing', 'single', 'truefalse']);
  });
});
