/** `npm run new -- module "Night shifts"`: a module skeleton as the next NN-name.md file. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeModuleMarkdown } from '../course-format/write-module.js';
import { displayPath } from '../paths.js';
import { readCourseFolder } from './course-folder.js';
import { FreshIds } from './fresh-ids.js';
import { moduleSkeleton, SKELETON_MINUTES } from './module-skeleton.js';
import { todoLines, type Written } from './written.js';

export function newModule(dir: string, title: string): Written {
  const name = title.trim();
  if (name === '' || name.toUpperCase().startsWith('TODO')) throw new Error('give the module title, e.g. npm run new -- module "Night shifts"');
  const folder = readCourseFolder(dir);
  // After the last module, so the new one comes last in the course.
  const number = Math.max(0, ...folder.numbers) + 1;
  if (number > 99) throw new Error('module numbers go up to 99: renumber the module files first');
  // A summary and a job aid when the course's modules have them (the validator asks every module for them then).
  const closing = folder.modules.some((m) => m.value['summary'] !== undefined || m.value['jobAid'] !== undefined);
  const module = moduleSkeleton(name, number, new FreshIds(folder.ids), closing);
  // Named after the module id (night_shifts → 09-night-shifts.md): file names use hyphens (modules/README.md).
  const path = join(folder.dir, `${String(number).padStart(2, '0')}-${module.id.replace(/_/g, '-')}.md`);
  if (existsSync(path)) throw new Error(`${displayPath(path)} exists already`);
  const text = writeModuleMarkdown(module);
  writeFileSync(path, text);
  const file = displayPath(path);
  return {
    file,
    line: 1,
    summary: [
      `Wrote ${file}: the module "${name}" (id ${module.id}), with one lesson, a knowledge check question and a final assessment question.`,
      `minutes: ${SKELETON_MINUTES} is a first estimate: change it to the minutes the module takes.`,
      ...unreadableNote(folder.unreadable),
    ],
    todos: todoLines(text),
  };
}

/** Files with syntax problems may hold ids the scaffold could not see. */
export function unreadableNote(files: string[]): string[] {
  return files.length === 0 ? [] : [`Note: ${files.join(', ')} could not be read in full, so an id written there may have been missed: npm run validate reports any id used twice.`];
}
