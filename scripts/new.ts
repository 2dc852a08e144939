// `npm run new -- module "Night shifts"` writes the next NN-night-shifts.md module skeleton;
// `npm run new -- question <module> <type> [--to check|bank]` adds a question skeleton to a module
// (named by file name, number or id). Every id is fresh; every text is a TODO the validator
// reports until it is written. `--modules DIR` points at another course folder.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { QuestionType } from '../src/content/types.js';
import { QUESTION_TYPES } from '../src/content/validate-question.js';
import { newModule } from './lib/scaffold/new-module.js';
import { newQuestion } from './lib/scaffold/new-question.js';
import { formatWritten, type Written } from './lib/scaffold/written.js';

const USAGE = [
  'usage: npm run new -- module "Module title"',
  `       npm run new -- question <module file, number or id> <${QUESTION_TYPES.join('|')}> [--to check|bank]`,
].join('\n');

class UsageError extends Error {}

function run(argv: string[]): Written {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { to: { type: 'string' }, modules: { type: 'string', default: 'modules' } },
  });
  const [what, ...rest] = positionals;
  if (what === 'module') {
    if (rest.length !== 1 || values.to !== undefined) throw new UsageError('give the module title in quotes, and nothing else');
    return newModule(values.modules, rest[0]!);
  }
  if (what === 'question') {
    const [module, type, ...extra] = rest;
    if (module === undefined || type === undefined || extra.length > 0) throw new UsageError('give the module and the question type');
    if (!QUESTION_TYPES.includes(type as QuestionType)) throw new UsageError(`"${type}" is not a question type: use one of ${QUESTION_TYPES.join(', ')}`);
    const to = values.to ?? 'bank';
    if (to !== 'check' && to !== 'bank') throw new UsageError(`--to ${to}: use --to check (the knowledge check) or --to bank (the final assessment questions)`);
    return newQuestion(values.modules, module, type as QuestionType, to);
  }
  throw new UsageError(what === undefined ? 'say what to start: module or question' : `"${what}": say module or question`);
}

function main(): number {
  try {
    console.log(formatWritten(run(process.argv.slice(2))));
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`new: ${(error as Error).message}${usage ? `\n${USAGE}` : ''}`);
    return usage ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
