/**
 * What the scaffolds need to know about a course folder: its module files, the
 * numbers already used, and every id in it, so a new id is never one in use.
 * Reads the files as they are (a half-written module still counts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../../../src/content/validate-read.js';
import { COURSE_FILE, MODULE_FILE } from '../course-format/course-folder.js';
import { parseModuleMarkdown } from '../course-format/markdown-module.js';
import { displayPath } from '../paths.js';


export interface ModuleFile {
  /** File name, e.g. `03-atmosphere-trust.md`. */
  name: string;
  path: string;
  /** As reports show it (`modules/03-atmosphere-trust.md`). */
  shown: string;
  number: number;
  text: string;
  /** The parsed module (see parseModuleMarkdown): read, not validated. */
  value: Record<string, unknown>;
  problems: Problem[];
}

export interface CourseFolder {
  dir: string;
  modules: ModuleFile[];
  /** Numbers of every `NN-…` entry, module or not: a new file takes none of them. */
  numbers: number[];
  /** Every id written anywhere in the course: modules, lessons, objectives, questions and their parts. */
  ids: Set<string>;
  /** Files whose ids could not all be read. */
  unreadable: string[];
}

export function readCourseFolder(dir: string): CourseFolder {
  const folder = resolve(dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${displayPath(folder)} is not a folder: point --modules at the folder holding course.yaml`);
  const names = readdirSync(folder).sort();
  const ids = new Set<string>();
  const unreadable: string[] = [];
  const modules = names.filter((n) => MODULE_FILE.test(n)).map((name): ModuleFile => {
    const path = join(folder, name);
    const text = readFileSync(path, 'utf8');
    const shown = displayPath(path);
    const parsed = parseModuleMarkdown(shown, text);
    collectIds(parsed.value, ids);
    if (parsed.problems.length > 0) unreadable.push(shown);
    return { name, path, shown, number: Number(name.slice(0, 2)), text, value: parsed.value as Record<string, unknown>, problems: parsed.problems };
  });
  const settings = join(folder, COURSE_FILE);
  if (existsSync(settings)) {
    try {
      collectIds(parse(readFileSync(settings, 'utf8')), ids);
    } catch {
      unreadable.push(displayPath(settings));
    }
  }
  const numbers = names.map((n) => /^(\d\d)-/.exec(n)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return { dir: folder, modules, numbers, ids, unreadable };
}

/** Every text written as an `id:`, at any depth. */
function collectIds(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((v) => collectIds(v, ids));
  if (typeof value !== 'object' || value === null) return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'id' && typeof v === 'string') ids.add(v);
    else collectIds(v, ids);
  }
}
