// The bench's synthetic course: ten copies of every module with suffixed ids
// still make a valid course, with ten times the lessons and questions, and
// varied text that compresses like the real course's, not like ten copies.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { isValidId } from '../../../src/content/ids.js';
import { courseStats, isError, loadCourse, MODULE_FILE } from '../../../scripts/lib/load-course.js';
import { suffixIds, suffixTranslationIds, writeSyntheticCourse } from '../../../scripts/bench/synthetic-course.js';
import { varyText, wordPool } from '../../../scripts/bench/varied-text.js';
import { seededRandom } from '../../../src/session/random.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-synthetic-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const dir = join(tmp, 'x10');
let written: string[];
let real: Awaited<ReturnType<typeof loadCourse>>;
let synthetic: Awaited<ReturnType<typeof loadCourse>>;
before(async () => {
  written = await writeSyntheticCourse(dir, 10);
  [real, synthetic] = await Promise.all([loadCourse('modules'), loadCourse(dir)]);
});

/** Every module file of a course folder, and its translations, as one text. */
const moduleText = (folder: string) =>
  [folder, join(folder, 'es')].flatMap((d) => readdirSync(d).filter((n) => MODULE_FILE.test(n) || n.endsWith('.yaml')).sort().map((n) => readFileSync(join(d, n), 'utf8'))).join('\n');
/** Compressed bytes per byte: higher compresses worse. */
const brotliRatio = (text: string) => brotliCompressSync(Buffer.from(text)).length / Buffer.byteLength(text);

describe('the synthetic course', () => {
  test('ten copies validate and hold ten times the lessons, questions and modules', () => {
    assert.ok(written.every((name) => MODULE_FILE.test(name)), written.join(', '));
    assert.deepEqual(readdirSync(dir).filter((n) => MODULE_FILE.test(n)).sort(), [...written].sort());

    assert.deepEqual(synthetic.problems.filter(isError), []);
    const [a, b] = [courseStats(real.course), courseStats(synthetic.course)];
    assert.deepEqual(b, { modules: 10 * a.modules, lessons: 10 * a.lessons, questions: 10 * a.questions, bank: 10 * a.bank });
    assert.equal(synthetic.course.id, real.course.id);
    const ids = synthetic.course.modules.flatMap((m) => [m.id, ...m.lessons.map((l) => l.id), ...m.bank.map((q) => q.id)]);
    assert.ok(ids.every(isValidId));
    assert.ok(ids.every((id) => /_x([1-9]|10)$/.test(id)));
    // Translations are cloned along with their modules.
    for (const [language, t] of Object.entries(real.course.translations ?? {})) {
      assert.equal(Object.keys(synthetic.course.translations?.[language]?.modules ?? {}).length, 10 * Object.keys(t.modules).length, language);
    }
  });

  test('the copies have different text, and the whole compresses no better than the real course', () => {
    const first = synthetic.course.modules.filter((m) => m.id.endsWith('_x1'));
    const second = synthetic.course.modules.filter((m) => m.id.endsWith('_x2'));
    // The first copy is the real text (the bench's first lesson is the real one); the others are not.
    assert.deepEqual(first.map((m) => m.title), real.course.modules.map((m) => m.title));
    for (const [i, m] of second.entries()) {
      assert.notEqual(m.title, first[i]!.title);
      assert.notEqual(m.lessons[0]!.title, first[i]!.lessons[0]!.title);
    }
    const lessonTitles = synthetic.course.modules.flatMap((m) => m.lessons.map((l) => l.title));
    assert.ok(new Set(lessonTitles).size > 0.9 * lessonTitles.length, 'lesson titles are mostly distinct');
    // Ten identical copies compress to about a tenth of this ratio; varied text stays near the real one.
    const [realRatio, syntheticRatio] = [brotliRatio(moduleText('modules')), brotliRatio(moduleText(dir))];
    assert.ok(syntheticRatio >= 0.9 * realRatio, `synthetic ${syntheticRatio.toFixed(3)} vs real ${realRatio.toFixed(3)} compressed bytes per byte`);
  });

  test('varied text is deterministic and keeps placeholders, links, capitals and punctuation', () => {
    const pool = wordPool(['the officer greets every visitor', 'a calm voice helps']);
    const text = 'Call {control} first. See [the log](media/log.md), then `radio`!';
    const a = varyText(text, pool, seededRandom(7));
    assert.equal(a, varyText(text, pool, seededRandom(7)));
    assert.notEqual(a, varyText(text, pool, seededRandom(8)));
    assert.match(a, /^[A-Z][a-z]+ \{control\} [a-z]+\. [A-Z][a-z]+ \[the log\]\(media\/log\.md\), [a-z]+ `radio`!$/);
    assert.ok(a.split(/\W+/).filter((w) => /^[a-z]+$/i.test(w) && !['control', 'the', 'log', 'media', 'md', 'radio'].includes(w)).every((w) => pool.includes(w.toLowerCase())));
  });

  test('suffixes ids and the references to them alike', () => {
    const question = {
      id: 'q',
      objective: 'obj',
      prompt: 'id: not an id',
      steps: [{ id: 's1', text: 't', choices: [{ id: 'c', text: 'next', next: 's2' }] }],
    };
    assert.deepEqual(suffixIds(question, '_x3'), {
      id: 'q_x3',
      objective: 'obj_x3',
      prompt: 'id: not an id',
      steps: [{ id: 's1_x3', text: 't', choices: [{ id: 'c_x3', text: 'next', next: 's2_x3' }] }],
    });
  });

  test('renames the id keys of a translation, and only those', () => {
    const translation = { title: 'T', lessons: { l1: { title: 'L', blocks: [{ title: 'S', text: 't', question: { prompt: 'p', options: { a: { text: 'x', feedback: 'f' } } } }] } } };
    assert.deepEqual(suffixTranslationIds(translation, '_x2'), {
      title: 'T',
      lessons: { l1_x2: { title: 'L', blocks: [{ title: 'S', text: 't', question: { prompt: 'p', options: { a_x2: { text: 'x', feedback: 'f' } } } }] } },
    });
  });

  test('refuses an id the suffix makes too long', () => {
    assert.throws(() => suffixIds({ id: 'a'.repeat(38) }, '_x10'), /not a valid id/);
  });
});
