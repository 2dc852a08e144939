// `npm run new -- module` in a course whose modules have a summary and a job aid: the skeleton has both,
// as placeholders, and none once they are written.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { newModule } from '../../../scripts/lib/scaffold/new-module.js';
import type { Course } from '../../../src/content/types.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { fillTodos, readCourseFolderFiles, validateFolder, writeCourseFolder } from './course-folder.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('a new module gets a summary and a job aid to write when the other modules have them', () => {
  const course: Course = structuredClone(sampleCourse());
  for (const m of course.modules) {
    m.summary = ['A key point.'];
    m.jobAid = { title: 'Keep at hand', blocks: [{ kind: 'list', items: ['A step.'] }] };
  }
  const dir = writeCourseFolder(course);
  dirs.push(dir);
  const written = newModule(dir, 'Night shifts');
  const text = readFileSync(written.file, 'utf8');
  assert.match(text, /\n## Summary\n\n- TODO: a key point of the module\n/);
  assert.match(text, /\n## Job aid: TODO: the job aid title\n/);
  const paths = validateFolder(readCourseFolderFiles(dir)).map((p) => p.path);
  assert.ok(paths.includes('summary[0]') && paths.includes('jobAid.title'), paths.join(' '));
  writeFileSync(written.file, fillTodos(text));
  assert.deepEqual(validateFolder(readCourseFolderFiles(dir)), []);
  const filled = readCourseFolderFiles(dir).modules.find((m) => m.file === written.file.replace(/^.*\//, ''))!.value as Course['modules'][number];
  assert.equal(filled.summary?.length, 2);
  assert.equal(filled.jobAid?.blocks.length, 1);
});

test('and none in a course without them', () => {
  const dir = writeCourseFolder(sampleCourse());
  dirs.push(dir);
  const text = readFileSync(newModule(dir, 'Night shifts').file, 'utf8');
  assert.doesNotMatch(text, /## Summary|## Job aid/);
  assert.deepEqual(validateFolder(readCourseFolderFiles(dir)).filter((p) => p.severity === 'warning'), []);
});
