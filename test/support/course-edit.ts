// Edits a course folder the way a trainer saving a file does, without knowing
// the course file format: a text is replaced in whichever files hold it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, any extension. */
function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** Replaces every `from` by `to`; returns how many files changed, failing when none held `from` (a stale test). */
export function replaceInCourse(dir: string, from: string, to: string): number {
  let edited = 0;
  for (const file of filesIn(dir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) continue;
    writeFileSync(file, text.replaceAll(from, to));
    edited++;
  }
  if (edited === 0) throw new Error(`no course file holds "${from}"`);
  return edited;
}
