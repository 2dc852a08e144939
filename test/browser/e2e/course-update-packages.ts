// `npx tsx test/browser/e2e/course-update-packages.ts`: builds the fixture course and a second
// version of it (test/node/build/second-version.ts) the way a trainer would, the second over the
// first in one out folder, and unpacks each into .cache/packages-update/v1|v2/<target>/ for
// course-update.test.ts. Prints the build's comparison line.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../../scripts/lib/build.js';
import { formatProblem } from '../../../src/content/validate.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';
import { copySecondVersion } from '../../node/build/second-version.js';

const out = join('.cache', 'update-dist');
rmSync(out, { recursive: true, force: true });
for (const [version, modules] of [['v1', FIXTURE_COURSE], ['v2', copySecondVersion()]] as const) {
  const result = await build({ modules, out, targets: ['scorm12', 'scorm2004'], log: () => {} });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  console.log(`${version} (${result.course.version}): ${result.update.join('\n')}`);
  await unpackPackages(out, join('.cache', 'packages-update', version));
}
