// `npm run validate [-- --modules DIR] [--strict]`: checks the course content, exam quality included,
// and prints every problem, one per line, or a one-line summary when there are none.
// --strict (also `npm run validate --strict`, which npm passes as npm_config_strict) makes warnings errors.
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/content/validate.js';
import { plural } from '../src/content/validate-read.js';
import { codeProblems } from './lib/code-problems.js';
import { courseStats, isError, loadCourse } from './lib/load-course.js';

const { values } = parseArgs({ options: { modules: { type: 'string', default: 'modules' }, strict: { type: 'boolean', default: false } } });
const strict = values.strict || process.env['npm_config_strict'] === 'true';
const loaded = await loadCourse(values.modules, {}, { examLint: true });
const { course } = loaded;
// The build refuses ids that share a saved-state code too (scripts/lib/build.ts).
const found = loaded.problems.some(isError) ? loaded.problems : [...loaded.problems, ...codeProblems(course, values.modules)];
const problems = strict ? found.map(({ severity: _warning, ...p }) => p) : found;
const errors = problems.filter(isError).length;
const warnings = problems.length - errors;
for (const p of problems) console.error(formatProblem(p));
const counts = [errors && `${errors} problem${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ');
if (errors > 0) {
  console.error(`\n✗ ${counts}`);
  process.exit(1);
}
const s = courseStats(course);
// Translations may cover only some modules: say how many, so a partial one is not mistaken for complete.
const translated = Object.entries(course.translations ?? {}).map(([lang, t]) => `${lang} (${Object.keys(t.modules).length} of ${s.modules} modules)`);
const languages = translated.length > 0 ? `; translations: ${translated.join(', ')}` : '';
console.log(`${warnings > 0 ? '\n' : ''}✓ ${plural(s.modules, 'module')}, ${plural(s.lessons, 'lesson')}, ${plural(s.questions, 'question')} (${s.bank} in the bank) — ${counts || 'no problems'}${languages}`);
