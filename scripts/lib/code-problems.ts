/** Ids that would share a saved-state code (src/session/state-codes.ts), as build problems. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Course } from '../../src/content/types.js';
import type { Problem } from '../../src/content/validate.js';
import { mapCourse } from '../../src/session/course-map.js';
import { codeCollisions } from '../../src/session/state-codes.js';
import { MODULE_FILE } from './load-course.js';
import { displayPath } from './paths.js';

export function codeProblems(course: Course, modules: string): Problem[] {
  const collisions = codeCollisions(course);
  if (collisions.length === 0) return [];
  // Modules come from these files, in this order (load-course.ts).
  const files = readdirSync(resolve(modules)).filter((n) => MODULE_FILE.test(n)).sort();
  const map = mapCourse(course);
  const fileOf = (id: string) => {
    const module = map.question(id)?.module ?? map.lessons.find((l) => l.lesson.id === id)?.module;
    const file = module ? files[course.modules.indexOf(module)] : undefined;
    return displayPath(file ? join(modules, file) : modules);
  };
  return collisions.map(({ where, question, ids, code }) => ({
    file: fileOf(question ?? ids[ids.length - 1]!),
    path: where,
    message: `ids ${ids.map((id) => `"${id}"`).join(' and ')} share the saved-state code ${code}, so saved progress could not tell them apart`,
    fix: 'rename the newer one (to an id no officer has used yet; never rename an id already in use)',
  }));
}
