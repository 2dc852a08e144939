// `npx rollup -c` bundles each target's entry for the course in modules/ into
// dist/.stage/<target>/app.js. The build (`npm run build`, scripts/build.ts) is
// the main user of the same options: it also stages, writes manifests and zips.
// Optional: FRONTLINE_MODULES=dir, FRONTLINE_TARGETS=scorm12,scorm2004,
// FRONTLINE_ENTRY=file (one entry for every target, e.g. a test placeholder).
import { register } from 'tsx/esm/api';

// The build code is TypeScript; tsx lets this plain-JS config load it.
register();
const { loadCourse } = await import('./scripts/lib/load-course.ts');
const { rollupOptions } = await import('./scripts/lib/bundle.ts');
const { TARGETS, TARGET_IDS } = await import('./scripts/lib/targets.ts');
const { formatProblem } = await import('./src/content/validate.ts');

const { course, problems } = await loadCourse(process.env.FRONTLINE_MODULES ?? 'modules');
if (problems.length > 0) throw new Error(`the course has problems:\n${problems.map(formatProblem).join('\n')}`);

const targets = process.env.FRONTLINE_TARGETS?.split(',') ?? TARGET_IDS;
const unknown = targets.filter((id) => !TARGET_IDS.includes(id));
if (unknown.length > 0) throw new Error(`unknown target ${unknown.join(', ')}: use ${TARGET_IDS.join(', ')}`);
export default targets.map((id) =>
  rollupOptions({ entry: process.env.FRONTLINE_ENTRY ?? TARGETS[id].entry, course, outFile: `dist/.stage/${id}/app.js` }),
);
