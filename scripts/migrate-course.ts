// `npx tsx scripts/migrate-course.ts [--modules DIR]`: converts a course written in the old TypeScript files
// (course.ts, NN-name.ts) into the trainer's format (course.yaml, NN-name.md) in the same folder, checks that
// the converted course reads back as exactly the same data, then deletes the .ts files. This converted
// Frontline's own course once; it stays for firms whose courses were written in the old format.
import { deepStrictEqual } from 'node:assert';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CourseConfig, Module } from '../src/content/types.js';
import { formatProblem } from '../src/content/validate.js';
import { COURSE_FILE } from './lib/course-format/course-folder.js';
import { writeModuleMarkdown, yamlText } from './lib/course-format/write-module.js';
import { isError, loadCourse } from './lib/load-course.js';

const OLD_MODULE = /^(\d\d-[a-z0-9-]+)\.ts$/;

export interface Migration {
  written: string[];
  removed: string[];
}

/** Writes the new files beside the old ones, verifies them, and only then removes the old ones. */
export async function migrateCourseFolder(dir: string): Promise<Migration> {
  const folder = resolve(dir);
  const load = async <T>(name: string) => ((await import(pathToFileURL(join(folder, name)).href)) as { default: T }).default;
  const config = await load<CourseConfig>('course.ts');
  const names = readdirSync(folder).filter((n) => OLD_MODULE.test(n)).sort();
  const modules: Module[] = [];
  for (const name of names) modules.push(await load<Module>(name));

  const written = [COURSE_FILE, ...names.map((n) => n.replace(OLD_MODULE, '$1.md'))];
  writeFileSync(join(folder, COURSE_FILE), courseYaml(config));
  modules.forEach((m, i) => writeFileSync(join(folder, written[i + 1]!), writeModuleMarkdown(m)));

  const removed = ['course.ts', ...names];
  const loaded = await loadCourse(folder);
  // The old files are still there until the new ones are verified.
  const errors = loaded.problems.filter((p) => isError(p) && !removed.some((name) => p.file.endsWith(`/${name}`)));
  if (errors.length > 0) throw new Error(`the converted course has problems:\n${errors.map(formatProblem).join('\n')}`);
  // The cover picture is found in media/, not written in the settings.
  const { modules: read, version: _version, translations: _translations, cover: _cover, ...readConfig } = loaded.course;
  deepStrictEqual(readConfig, config, 'course.yaml reads back differently from course.ts');
  deepStrictEqual(read, modules, 'a module file reads back differently from its .ts file');
  for (const name of removed) rmSync(join(folder, name));
  return { written, removed };
}

export function courseYaml(config: CourseConfig): string {
  return `# The course settings: see README.md in this folder for every field.\n${yamlText(config)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { modules: { type: 'string', default: 'modules' } } });
  const done = await migrateCourseFolder(values.modules);
  console.log(`wrote ${done.written.join(', ')}; removed ${done.removed.join(', ')}`);
}
