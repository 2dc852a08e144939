// Course folders in the trainer's format for the scaffold tests: written from typed courses with
// the module writer, read back with the module reader and the yaml package, as the loader does.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseModuleMarkdown } from '../../../scripts/lib/course-format/markdown-module.js';
import { writeModuleMarkdown, yamlText } from '../../../scripts/lib/course-format/write-module.js';
import type { Course, Module } from '../../../src/content/types.js';
import { validateCourse, type CourseFile, type Problem } from '../../../src/content/validate.js';
import { at, PLACEHOLDER } from '../../../src/content/validate-read.js';

/** A temp folder with `course.yaml` and one `NN-<id>.md` per module (numbered as given, default 01, 02…). */
export function writeCourseFolder(course: Course, numbers: number[] = course.modules.map((_, i) => i + 1)): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-scaffold-'));
  const { modules, version: _version, ...config } = course;
  writeFileSync(join(dir, 'course.yaml'), yamlText(config));
  modules.forEach((m, i) => writeFileSync(join(dir, moduleFileName(numbers[i]!, m)), writeModuleMarkdown(m)));
  return dir;
}

export const moduleFileName = (n: number, m: Module) => `${String(n).padStart(2, '0')}-${m.id.replace(/_/g, '-')}.md`;

export interface ReadCourse {
  config: CourseFile;
  modules: CourseFile[];
  /** Syntax problems of the module files. */
  syntax: Problem[];
}

/** The folder as the loader will read it: module files in name order, the settings from course.yaml. */
export function readCourseFolderFiles(dir: string): ReadCourse {
  const names = readdirSync(dir).filter((n) => /^\d\d-.*\.md$/.test(n)).sort();
  const parsed = names.map((n) => parseModuleMarkdown(n, readFileSync(join(dir, n), 'utf8')));
  return {
    config: { file: 'course.yaml', value: parse(readFileSync(join(dir, 'course.yaml'), 'utf8')) },
    modules: parsed.map((p, i) => ({ file: names[i]!, value: p.value })),
    syntax: parsed.flatMap((p) => p.problems),
  };
}

export const validateFolder = (read: ReadCourse) => validateCourse({ config: read.config, modules: read.modules });

/** The path (as the validator writes paths) of every text that still starts with TODO. */
export function todoPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => todoPaths(v, at(path, i)));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => todoPaths(v, at(path, k)));
}

/** What a trainer does with a skeleton: writes real text over every placeholder. */
export const fillTodos = (text: string) => text.replaceAll('TODO: ', 'Written: ');

/** Every `id:` value, at any depth. */
export function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'id' && typeof v === 'string' ? [v] : allIds(v)));
}
