// The real course (modules/): a summary and a job aid in every module, and the example site file fills every placeholder.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { fillCourse, placeholdersIn, SITE_FIELDS } from '../../../src/content/site.js';
import { neutralWording } from '../../../src/content/site-wording.js';
import type { Course } from '../../../src/content/types.js';
import { formatProblem } from '../../../src/content/validate.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every string of the course's content, translations aside. */
function texts(course: Course): string[] {
  const { translations: _t, translationFiles: _f, ...content } = course;
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(content);
  return out;
}

describe('the real course', () => {
  test('every module has a summary and a job aid', async () => {
    const { course } = await loadCourse('modules');
    for (const m of course.modules) {
      assert.ok((m.summary?.length ?? 0) >= 3, `${m.id}: summary`);
      assert.ok(m.jobAid && m.jobAid.blocks.length > 0, `${m.id}: job aid`);
    }
  });

  test('ships without a site file, and reads in neutral words with no placeholder left', async () => {
    const { course, problems } = await loadCourse('modules');
    assert.equal(course.site, undefined);
    // site.example.yaml sits beside the course without being a stray file.
    assert.deepEqual(problems.filter((p) => /site|summary|job aid|placeholder/.test(`${p.file} ${p.message}`)).map(formatProblem), []);
    const used = new Set(texts(course).flatMap(placeholdersIn));
    assert.ok(['control', 'emergency_phone', 'supervisor_phone', 'lost_child_procedure', 'backup_procedure'].every((f) => used.has(f)), [...used].join());
    for (const language of ['en', 'es']) {
      const left = texts(fillCourse(localizeCourse(course, language), neutralWording)).filter((t) => placeholdersIn(t).length > 0);
      assert.deepEqual(left, [], language);
    }
  });

  test('the example site file names every field, validates, and fills the course', async () => {
    const example = readFileSync('modules/site.example.yaml', 'utf8');
    for (const f of SITE_FIELDS) assert.match(example, new RegExp(`^${f}: `, 'm'), f);
    const dir = mkdtempSync(join(tmpdir(), 'frontline-site-'));
    dirs.push(dir);
    cpSync('modules', dir, { recursive: true });
    cpSync('modules/site.example.yaml', join(dir, 'site.yaml'));
    const { course, problems } = await loadCourse(dir);
    assert.deepEqual(problems.filter((p) => p.file.endsWith('site.yaml')).map(formatProblem), []);
    const filled = texts(fillCourse(course, neutralWording)).join('\n');
    assert.match(filled, /Tell Control on radio channel 2 about any cameras/);
    assert.match(filled, /Code Adam/);
    assert.doesNotMatch(filled, /\{[a-z_]+\}|Follow your site's/);
  });
});
