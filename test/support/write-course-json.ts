// `npx tsx test/support/write-course-json.ts FILE`: the real course as the build loads it (modules/,
// translations included) as JSON, for browser tests that cannot run the Node loader.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblem } from '../../src/content/validate.js';
import { isError, loadCourse } from '../../scripts/lib/load-course.js';

const [file = '.cache/real-course.json'] = process.argv.slice(2);
const { course, problems } = await loadCourse('modules');
if (problems.some(isError)) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(course));
