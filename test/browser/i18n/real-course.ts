// The real course assembled in the browser, as the build would (the loader uses
// Node APIs, so the module files are imported one by one): English modules,
// the Spanish translation of module 01 and of course.ts.
import config from '../../../modules/course.js';
import m1 from '../../../modules/01-dual-role.js';
import m2 from '../../../modules/02-first-contact.js';
import m3 from '../../../modules/03-atmosphere-trust.js';
import m4 from '../../../modules/04-communication.js';
import m5 from '../../../modules/05-proactive-presence.js';
import m6 from '../../../modules/06-de-escalation.js';
import m7 from '../../../modules/07-boundaries.js';
import m8 from '../../../modules/08-tools-reputation.js';
import esConfig from '../../../modules/es/course.js';
import es1 from '../../../modules/es/01-dual-role.js';
import type { Course } from '../../../src/content/types.js';

export function realCourse(extra: Partial<Course> = {}): Course {
  return {
    ...config,
    modules: [m1, m2, m3, m4, m5, m6, m7, m8],
    version: 'browsertest01',
    translations: { es: { ...esConfig, modules: { [m1.id]: es1 } } },
    ...extra,
  };
}
