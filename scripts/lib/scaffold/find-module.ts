/** The module a trainer names on the command line: by file name, number or module id. */
import { basename } from 'node:path';
import type { CourseFolder, ModuleFile } from './course-folder.js';

export function findModule(folder: CourseFolder, name: string): ModuleFile {
  const file = basename(name);
  const number = /^\d{1,2}$/.test(name) ? Number(name) : undefined;
  const found = folder.modules.filter((m) => m.name === file || m.name === `${file}.md` || m.number === number || m.value['id'] === name);
  if (found.length === 1) return found[0]!;
  const known = folder.modules.map((m) => `${m.name} (${String(m.value['id'])})`).join(', ');
  if (found.length === 0) throw new Error(`no module "${name}" in ${folder.dir}: name one by file name, number or id: ${known || 'the folder has no NN-name.md module files'}`);
  throw new Error(`"${name}" names ${found.length} modules (${found.map((m) => m.name).join(', ')}): use the file name`);
}
