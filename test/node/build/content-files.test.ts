// Issue 13, load on demand: every package carries each module's content and
// the bank as files beside the bundle, in every language, listed in the SCORM
// manifests; the outline the player starts from is a file too, which the
// bundle names.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from '../../../scripts/lib/build.js';
import { TARGET_IDS, type TargetId } from '../../../scripts/lib/targets.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import { localizeCourse } from '../../../src/content/localize.js';
import type { Course } from '../../../src/content/types.js';
import { copyTranslatedCourse } from '../../fixtures/translated-copy.js';
import { manifestFiles } from './xml.js';

const ENTRY = 'test/fixtures/entries/placeholder.ts';
const tmp = mkdtempSync(join(tmpdir(), 'frontline-content-'));
let course: Course;
const dirs: Partial<Record<TargetId, string>> = {};
const zipFiles: Partial<Record<TargetId, string[]>> = {};

before(async () => {
  const entries = Object.fromEntries(TARGET_IDS.map((id) => [id, ENTRY]));
  const result = await build({ modules: copyTranslatedCourse(), out: join(tmp, 'dist'), entries, log: () => {} });
  assert.ok(result.ok, 'the translated fixture course builds');
  course = result.course;
  for (const p of result.packages) zipFiles[p.target] = p.files;
  for (const u of await unpackPackages(join(tmp, 'dist'), join(tmp, 'unpacked'))) dirs[u.target as TargetId] = u.dir;
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const read = (target: TargetId, file: string) => readFileSync(join(dirs[target]!, file), 'utf8');
/** The course outline (content/course.<hash>.json). */
const OUTLINE = /^content\/course\.[0-9a-f]{10}\.json$/;
const outlineFile = (target: TargetId) => zipFiles[target]!.find((f) => OUTLINE.test(f))!;
/** The module and bank files. */
const contentFiles = (target: TargetId) => zipFiles[target]!.filter((f) => f.startsWith('content/') && !OUTLINE.test(f));
/** A sentence of the first lesson's text, in the course's own language or a translation's. */
const firstSentence = (c: Course) => {
  const block = c.modules[0]!.lessons[0]!.blocks.find((b) => b.kind === 'paragraph');
  assert.ok(block && block.kind === 'paragraph', 'the fixture course opens with a paragraph');
  return block.text.split('. ')[0]!;
};

describe('content files in every package', () => {
  test('each module and the bank are one file per language, named with a hash of their text', () => {
    const names = [...course.modules.map((m) => m.id), 'assessment'];
    for (const target of TARGET_IDS) {
      const files = contentFiles(target);
      for (const language of ['en', 'es']) {
        for (const name of names) {
          assert.equal(files.filter((f) => new RegExp(`^content/${language}/${name}\\.[0-9a-f]{10}\\.json$`).test(f)).length, 1, `${target}: ${language} ${name}`);
        }
      }
      assert.equal(files.length, names.length * 2, `${target}: nothing else under content/`);
    }
  });

  test('the SCORM manifests list every content file', () => {
    for (const target of ['scorm12', 'scorm2004'] as const) {
      const listed = manifestFiles(dirs[target]!);
      for (const file of contentFiles(target)) assert.ok(listed.includes(file), `${target} imsmanifest.xml lists ${file}`);
    }
  });

  test('the outline carries titles, not the lessons: their text is only in the content files; the bundle carries neither', () => {
    const english = firstSentence(course);
    const spanish = firstSentence(localizeCourse(course, 'es'));
    for (const target of TARGET_IDS) {
      assert.ok(outlineFile(target), `${target}: one outline file`);
      const outline = read(target, outlineFile(target));
      assert.ok(outline.includes(course.modules[0]!.lessons[0]!.title), `${target}: lesson titles are in the outline`);
      assert.ok(!outline.includes(english), `${target}: "${english}" is not in the outline`);
      assert.ok(!outline.includes(course.modules[0]!.bank[0]!.prompt), `${target}: no bank question in the outline`);
      const js = read(target, 'app.js');
      assert.ok(js.includes(outlineFile(target)) && !js.includes(course.modules[0]!.lessons[0]!.title), `${target}: the bundle names the outline's file, and holds no course text`);
      const module = contentFiles(target).find((f) => f.startsWith(`content/en/${course.modules[0]!.id}.`))!;
      assert.ok(read(target, module).includes(english), `${target}: ${module} holds the lesson text`);
      const spanishModule = contentFiles(target).find((f) => f.startsWith(`content/es/${course.modules[0]!.id}.`))!;
      assert.ok(read(target, spanishModule).includes(spanish), `${target}: ${spanishModule} holds the Spanish text`);
      // The outline's translation: titles only, the rest of each module is in its Spanish file.
      assert.ok(!read(target, 'translations/es.json').includes(spanish), `${target}: translations/es.json leaves the lesson text to the content files`);
    }
  });

  test('the launch page starts fetching the outline and the first module of the language it starts in, beside the bundle', () => {
    for (const target of TARGET_IDS) {
      const first = contentFiles(target).find((f) => f.startsWith(`content/en/${course.modules[0]!.id}.`))!;
      const html = read(target, 'index.html');
      for (const file of [outlineFile(target), first]) {
        assert.ok(html.includes(`<link rel="preload" href="${file}" as="fetch" crossorigin="anonymous">`), `${target}: index.html preloads ${file}`);
      }
      assert.equal(html.match(/rel="preload"/g)?.length, 2, `${target}: those two only`);
    }
  });

  test('the outline names exactly the files the package has', () => {
    const outline = read('scorm12', outlineFile('scorm12'));
    for (const file of contentFiles('scorm12')) assert.ok(outline.includes(file), `the outline points at ${file}`);
  });
});
