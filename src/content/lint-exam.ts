/**
 * The exam-quality lint: patterns that let an officer pass by test-wise
 * guessing instead of knowing the material (issue 11). Pure, and run only on a
 * course the validator accepted, so the content is typed. Every finding is a
 * warning; `npm run validate --strict` makes them errors. The thresholds and
 * the word list are documented in modules/README.md, "Exam quality checks".
 */
import { absoluteWordIn } from './lint-words.js';
import type { Module, Question, QuestionType } from './types.js';
import { at, plural, type Problem } from './validate-read.js';

/** The limits, in one place. A share above the limit is reported. */
export const EXAM_LIMITS = {
  /** Single-choice questions whose correct option is longer than every other option. */
  longestCorrect: 1 / 3,
  /** Single-choice keys in one and the same position (1st, 2nd…). */
  singlePosition: 0.4,
  /** Multiple-select questions whose correct options are the first ones. */
  multipleFirst: 0.5,
  /** Branching steps whose best choice is in one and the same position. */
  branchingPosition: 0.5,
  /** Fewest options a single-choice question should have. */
  singleOptions: 4,
} as const;

export interface LintedModule {
  /** The module file, as problems name it. */
  file: string;
  module: Module;
}

/** A question and its path inside its module file (`bank[2]`, `lessons[0].blocks[3].question`). */
interface Placed<Q extends Question = Question> {
  file: string;
  path: string;
  question: Q;
}

type Of<T extends QuestionType> = Placed<Extract<Question, { type: T }>>;

/** Reports one course-level figure. */
type CourseWarning = (message: string, fix: string) => Problem;

/** The lint's warnings: per question, plus one course-level figure per pattern, on `configFile`. */
export function lintExam(configFile: string, modules: readonly LintedModule[]): Problem[] {
  const all = modules.flatMap(placedQuestions);
  const course: CourseWarning = (message, fix) => ({ file: configFile, path: '', message, fix, severity: 'warning' });
  const single = ofType(all, 'single');
  const out = [
    ...longestCorrect(single, course),
    ...singleKeyPositions(single, course),
    ...multipleKeysFirst(ofType(all, 'multiple'), course),
    ...branchingBestPositions(ofType(all, 'branching'), course),
    ...all.flatMap((p) => [...absoluteWords(p), ...fewOptions(p)]),
  ];
  // Course figures first, then module by module, so a trainer works down the files in order.
  const order = [configFile, ...modules.map((m) => m.file)];
  return out.map((p, i) => ({ p, i })).sort((a, b) => order.indexOf(a.p.file) - order.indexOf(b.p.file) || a.i - b.i).map(({ p }) => p);
}

function ofType<T extends QuestionType>(all: readonly Placed[], type: T): Of<T>[] {
  return all.filter((p): p is Of<T> => p.question.type === type);
}

function longestCorrect(single: readonly Of<'single'>[], course: CourseWarning): Problem[] {
  const longest = single.filter(({ question: q }) => isLongest(q.options.map((o) => o.text), q.options.findIndex((o) => o.correct)));
  if (longest.length <= single.length * EXAM_LIMITS.longestCorrect) return [];
  return [
    course(
      `in ${share(longest.length, single.length)} single-choice questions the correct option is the longest, more than ${percent(EXAM_LIMITS.longestCorrect)}`,
      `make a wrong option as long as the correct one, or longer, in some of the ${longest.length} questions this check names`,
    ),
    ...longest.map((p) => {
      const i = p.question.options.findIndex((o) => o.correct);
      return warning(p, at(at(p.path, 'options'), i), `the correct option (${p.question.options[i]!.id}) is the longest`, 'write a wrong option as long and as plausible, or say the correct one more briefly');
    }),
  ];
}

function singleKeyPositions(single: readonly Of<'single'>[], course: CourseWarning): Problem[] {
  const keys = single.map((p) => ({ p, position: p.question.options.findIndex((o) => o.correct) }));
  const crowd = crowded(keys, EXAM_LIMITS.singlePosition);
  if (!crowd) return [];
  return [
    course(
      `${share(crowd.items.length, keys.length)} single-choice keys are the ${ordinal(crowd.position)} option, more than ${percent(EXAM_LIMITS.singlePosition)} in one position`,
      `move the correct option to another place in some of the ${crowd.items.length} questions this check names`,
    ),
    ...crowd.items.map(({ p, position }) =>
      warning(p, at(at(p.path, 'options'), position), `the correct option (${p.question.options[position]!.id}) is the ${ordinal(position)}, where too many of the course's keys are`, 'reorder the options (ids stay as they are) so the keys spread over every position'),
    ),
  ];
}

function multipleKeysFirst(multiple: readonly Of<'multiple'>[], course: CourseWarning): Problem[] {
  const first = multiple.filter(({ question: q }) => correctAreFirst(q.options.map((o) => o.correct === true)));
  if (first.length <= multiple.length * EXAM_LIMITS.multipleFirst) return [];
  return [
    course(
      `in ${share(first.length, multiple.length)} multiple-select questions the correct options are the first ones, more than ${percent(EXAM_LIMITS.multipleFirst)}`,
      `mix the correct options among the wrong ones in some of the ${first.length} questions this check names`,
    ),
    ...first.map((p) => {
      const ids = p.question.options.filter((o) => o.correct).map((o) => o.id);
      return warning(p, at(p.path, 'options'), `the correct options (${ids.join(', ')}) are the first ${ids.length === 1 ? 'one' : ids.length}`, 'put a wrong option before a correct one (ids stay as they are)');
    }),
  ];
}

function branchingBestPositions(branching: readonly Of<'branching'>[], course: CourseWarning): Problem[] {
  const steps = branching.flatMap((p) => p.question.steps.map((step, s) => ({ p, step, s, position: step.choices.findIndex((c) => c.best) })));
  const crowd = crowded(steps, EXAM_LIMITS.branchingPosition);
  if (!crowd) return [];
  return [
    course(
      `in ${share(crowd.items.length, steps.length)} branching steps the best choice is the ${ordinal(crowd.position)}, more than ${percent(EXAM_LIMITS.branchingPosition)}`,
      `move the best choice to another place in some of the ${crowd.items.length} steps this check names`,
    ),
    ...crowd.items.map(({ p, step, s, position }) =>
      warning(p, at(at(at(at(p.path, 'steps'), s), 'choices'), position), `the best choice (${step.choices[position]!.id}) is the ${ordinal(position)}, where too many of the course's best choices are`, 'reorder the choices (ids stay as they are) so the best ones spread over every position'),
    ),
  ];
}

/** Every question of a module: lesson scenarios, knowledge check and bank, with their paths. */
function placedQuestions({ file, module }: LintedModule): Placed[] {
  const scenarios = module.lessons.flatMap((lesson, l) =>
    lesson.blocks.flatMap((block, b) => (block.kind === 'scenario' ? [{ file, path: `lessons[${l}].blocks[${b}].question`, question: block.question }] : [])),
  );
  const part = (key: 'check' | 'bank') => module[key].map((question, i) => ({ file, path: at(key, i), question }));
  return [...scenarios, ...part('check'), ...part('bank')];
}

/** Absolute words in what is wrong: wrong options, and choices that are not best (never feedback or correct answers). */
function absoluteWords(p: Placed): Problem[] {
  const q = p.question;
  const wrong =
    q.type === 'single' || q.type === 'multiple'
      ? q.options.flatMap((o, i) => (o.correct ? [] : [{ path: at(at(p.path, 'options'), i), text: o.text, what: 'wrong option' }]))
      : q.type === 'branching'
        ? q.steps.flatMap((step, s) => step.choices.flatMap((c, i) => (c.best ? [] : [{ path: at(at(at(at(p.path, 'steps'), s), 'choices'), i), text: c.text, what: 'choice that is not best' }])))
        : [];
  return wrong.flatMap(({ path, text, what }) => {
    const word = absoluteWordIn(text);
    return word ? [warning(p, at(path, 'text'), `"${word}" in a ${what} tells a test-wise officer it is wrong`, `say what is wrong about it without "${word}" (see "Exam quality checks" in modules/README.md)`)] : [];
  });
}

function fewOptions(p: Placed): Problem[] {
  const q = p.question;
  if (q.type !== 'single' || q.options.length >= EXAM_LIMITS.singleOptions) return [];
  return [warning(p, at(p.path, 'options'), `has ${plural(q.options.length, 'option')}, fewer than ${EXAM_LIMITS.singleOptions}`, 'add plausible wrong options drawn from mistakes officers really make')];
}

function warning(p: Placed, path: string, message: string, fix: string): Problem {
  return { file: p.file, path, message, fix, severity: 'warning' };
}

/** True when the text at `index` is longer than every other text. */
function isLongest(texts: readonly string[], index: number): boolean {
  const length = (t: string) => t.trim().length;
  return index >= 0 && texts.every((t, i) => i === index || length(t) < length(texts[index]!));
}

/** True when the correct options are exactly the first ones (a, b… then only wrong ones). */
function correctAreFirst(correct: readonly boolean[]): boolean {
  const count = correct.filter(Boolean).length;
  return count > 0 && correct.every((c, i) => c === i < count);
}

/** The items sharing the most common position (the first met, on a tie), when they are more than `limit` of all. */
function crowded<T extends { position: number }>(items: readonly T[], limit: number): { position: number; items: T[] } | undefined {
  const counts = new Map<number, number>();
  for (const { position } of items) counts.set(position, (counts.get(position) ?? 0) + 1);
  let position = -1;
  for (const [p, n] of counts) if (position === -1 || n > counts.get(position)!) position = p;
  const sharing = items.filter((i) => i.position === position);
  return sharing.length > items.length * limit ? { position, items: sharing } : undefined;
}

const percent = (fraction: number): string => `${Math.round(100 * fraction)}%`;

const share = (n: number, of: number): string => `${n} of ${of} (${percent(n / of)})`;

const ordinal = (index: number): string => ['1st', '2nd', '3rd'][index] ?? `${index + 1}th`;
