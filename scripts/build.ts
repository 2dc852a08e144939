// `npm run build [-- --lms moodle --pass-mark N --draw N --attempts N --targets scorm12,scorm2004 --modules DIR --out DIR --base-iri IRI --language TAG --previous ZIP]`
// Validates the course, then writes one zip per target to the out folder and says what replacing the
// previous build (the packages in the out folder, or --previous) means for officers in progress. Entries
// in the zips are dated SOURCE_DATE_EPOCH when set (else 1980-01-01), so builds are reproducible.
// A failed build, whatever the reason, also removes the packages of the previous build from the out folder.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/content/validate.js';
import { build, BuildError, summaryTable, type BuildOptions, type BuildResult } from './lib/build.js';
import { removedNote, removePackages } from './lib/stale-packages.js';
import { isTargetId, TARGET_IDS } from './lib/targets.js';
import { DEFAULT_LMS, isLmsId, LMS_IDS, LMS_PROFILES, type LmsId } from '../src/tracking/lms-profiles.js';

export { build, type BuildOptions, type BuildResult } from './lib/build.js';

function parseOptions(argv: string[]): BuildOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'pass-mark': { type: 'string' },
      draw: { type: 'string' },
      attempts: { type: 'string' },
      targets: { type: 'string' },
      modules: { type: 'string' },
      out: { type: 'string' },
      // Base of the xAPI/cmi5 activity ids, e.g. https://training.example.com/courses/front_desk.
      'base-iri': { type: 'string' },
      // The language packages start in when the LMS names none the course has, e.g. es.
      language: { type: 'string' },
      // The LMS the SCORM packages are tuned for (src/tracking/lms-profiles.ts), e.g. moodle.
      lms: { type: 'string' },
      // The package officers are using now, when it is not the one in the out folder.
      previous: { type: 'string' },
    },
  });
  const number = (flag: 'pass-mark' | 'draw' | 'attempts'): number | undefined => {
    const raw = values[flag];
    if (raw === undefined) return undefined;
    if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw new Error(`--${flag} must be a number, not "${raw}"`);
    return Number(raw);
  };
  if (values.lms !== undefined && !isLmsId(values.lms)) throw new Error(`unknown --lms ${values.lms}: use ${LMS_IDS.join(', ')}`);
  const targets = values.targets?.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = targets?.filter((t) => !isTargetId(t)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown target ${unknown.join(', ')}: use ${TARGET_IDS.join(', ')}`);
  return {
    passMark: number('pass-mark'),
    draw: number('draw'),
    attempts: number('attempts'),
    targets: targets?.filter(isTargetId),
    modules: values.modules,
    out: values.out,
    baseIri: values['base-iri'],
    language: values.language,
    lms: values.lms as LmsId | undefined,
    previous: values.previous,
  };
}

/** The out folder of a command line that may not parse: a bad option still clears it. */
function outFolder(argv: string[]): string {
  const out = parseArgs({ args: argv, strict: false, options: { out: { type: 'string' } } }).values['out'];
  return typeof out === 'string' ? out : 'dist';
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const out = outFolder(argv);
  const removedLine = (removed: string[]) => removedNote(out, removed);
  let options: BuildOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    const note = removedLine(await removePackages(out));
    console.error(`build: ${(error as Error).message}${note ? `\n${note}` : ''}`);
    return 2;
  }
  let result: BuildResult;
  try {
    result = await build({ ...options, log: (line) => console.warn(line) });
  } catch (error) {
    const note = error instanceof BuildError ? removedLine(error.removed) : undefined;
    console.error(`build: ${(error as Error).message}${note ? `\n${note}` : ''}`);
    return 1;
  }
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    const note = removedLine(result.removed);
    console.error(`\n✗ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}: no package written${note ? `; ${note}` : ''}`);
    return 1;
  }
  console.log(summaryTable(result.course, result.packages));
  const lms = LMS_PROFILES[options.lms ?? DEFAULT_LMS];
  if (result.packages.some((p) => p.target.startsWith('scorm'))) console.log(`SCORM packages set up for ${lms.name} (--lms ${lms.id}).`);
  console.log(`\n${result.update.join('\n')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
