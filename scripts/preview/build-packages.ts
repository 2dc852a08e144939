/**
 * Builds the packages the preview can run (SCORM 1.2 and 2004) with the
 * project's own `build()`, staging them in dist/.stage/<target>/ as
 * `npm run build` does, and reports problems the way the build CLI does.
 */
import { join } from 'node:path';
import { formatProblem } from '../../src/content/validate.js';
import { build } from '../build.js';
import type { BuildFlags } from './options.js';
import { PROJECT_ROOT, TARGETS } from './paths.js';

export async function buildPackages(flags: BuildFlags): Promise<boolean> {
  console.log('Building the SCORM packages…');
  const result = await build({ ...flags, out: join(PROJECT_ROOT, 'dist'), targets: [...TARGETS] });
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    return false;
  }
  console.log(`Built "${result.course.title}" (version ${result.course.version}), pass mark ${result.course.assessment.passMark}%.`);
  return true;
}
