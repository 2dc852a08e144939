/**
 * The exam-quality lint: patterns that let an officer pass by test-wise
 * guessing instead of knowing the material (issue 11). Pure, and run only on a
 * course the validator accepted, so the content is typed. Every finding is a
 * warning; `npm run validate --strict` makes them errors. The thresholds and
 * the word list are documented in modules/README.md, "Exam quality checks".
 */
import { absoluteWordIn } from './lint-words.js';
import type { Module, Question } from './types.js';
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

/** The lint's warnings: per question, plus one course-level figure per pattern, on `configFile`. */
export function lintExam(configFile: string, modules: readonly LintedModule[]): Problem[] {
  const questions = modules.flatMap(placedQuestions);
  const single = questions.filter((q): q is Placed<Extract<Question, { type: 'single' }>> => q.question.type === 'single');
  const multiple = questions.filter((q): q is Placed<Extract<Question, { type: 'multiple' }>> => q.question.type === 'multiple');
  const branching = questions.filter((q): q is Placed<Extract<Question, { type: 'branching' }>> => q.question.type === 'branching');
  const course = (message: string, fix: string): Problem => ({ file: configFile, path: '', message, fix, severity: 'warning' });
  const out: Problem[] = [];

  const longest = single.filter(({ question: q }) => isLongest(q.options.map((o) => o.text), q.options.findIndex((o) => o.correct)));
  if (longest.length > single.length * EXAM_LIMITS.longestCorrect) {
    out.push(course(
      `in ${share(longest.length, single.length)} single-choice questions the correct option is the longest, more than ${percent(EXAM_LIMITS.longestCorrect)}`,
      `make a wrong option as long as the correct one, or longer, in some of the ${longest.length} questions this check names`,
    ));
    for (const p of longest) {
      const i = p.question.options.findIndex((o) => o.correct);
      out.push(warning(p, at(at(p.path, 'options'), i), `the correct option (${p.question.options[i]!.id}) is the longest`, 'write a wrong option as long and as plausible, or say the correct one more briefly'));
    }
  }

  const keys = single.map((p) => ({ p, position: p.question.options.findIndex((o) => o.correct) }));
  const crowded = mostCommon(keys.map((k) => k.position));
  if (crowded && crowded.count > keys.length * EXAM_LIMITS.singlePosition) {
    out.push(course(
      `${share(crowded.count, keys.length)} single-choice keys are the ${ordinal(crowded.value)} option, more than ${percent(EXAM_LIMITS.singlePosition)} in one position`,
      `move the correct option to another place in some of the ${crowded.count} questions this check names`,
    ));
    for (const { p, position } of keys.filter((k) => k.position === crowded.value)) {
      out.push(warning(p, at(at(p.path, 'options'), position), `the correct option (${p.question.options[position]!.id}) is the ${ordinal(position)}, where too many of the course's keys are`, 'reorder the options (ids stay as they are) so the keys spread over every position'));
    }
  }

  const first = multiple.filter(({ question: q }) => correctAreFirst(q.options.map((o) => o.correct === true)));
  if (first.length > multiple.length * EXAM_LIMITS.multipleFirst) {
    out.push(course(
      `in ${share(first.length, multiple.length)} multiple-select questions the correct options are the first ones, more than ${percent(EXAM_LIMITS.multipleFirst)}`,
      `mix the correct options among the wrong ones in some of the ${first.length} questions this check names`,
    ));
    for (const p of first) {
      const ids = p.question.options.filter((o) => o.correct).map((o) => o.id);
      out.push(warning(p, at(p.path, 'options'), `the correct options (${ids.join(', ')}) are the first ${ids.length === 1 ? 'one' : ids.length}`, 'put a wrong option before a correct one (ids stay as they are)'));
    }
  }

  const steps = branching.flatMap((p) => p.question.steps.map((step, s) => ({ p, step, s, position: step.choices.findIndex((c) => c.best) })));
  const usual = mostCommon(steps.map((s) => s.position));
  if (usual && usual.count > steps.length * EXAM_LIMITS.branchingPosition) {
    out.push(course(
      `in ${share(usual.count, steps.length)} branching steps the best choice is the ${ordinal(usual.value)}, more than ${percent(EXAM_LIMITS.branchingPosition)}`,
      `move the best choice to another place in some of the ${usual.count} steps this check names`,
    ));
    for (const { p, step, s, position } of steps.filter((x) => x.position === usual.value)) {
      const path = at(at(at(p.path, 'steps'), s), 'choices');
      out.push(warning(p, at(path, position), `the best choice (${step.choices[position]!.id}) is the ${ordinal(position)}, where too many of the course's best choices are`, 'reorder the choices (ids stay as they are) so the best ones spread over every position'));
    }
  }

  for (const p of questions) out.push(...absoluteWords(p), ...fewOptions(p));
  // Course figures first, then module by module, so a trainer works down the files in order.
  const order = [configFile, ...modules.map((m) => m.file)];
  return out.map((p, i) => ({ p, i })).sort((a, b) => order.indexOf(a.p.file) - order.indexOf(b.p.file) || a.i - b.i).map(({ p }) => p);
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

/** The value met most often (the earliest on a tie), with how often. */
function mostCommon(values: readonly number[]): { value: number; count: number } | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: number; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

const percent = (fraction: number): string => `${Math.round(100 * fraction)}%`;

const share = (n: number, of: number): string => `${n} of ${of} (${percent(n / of)})`;

const ordinal = (index: number): string => ['1st', '2nd', '3rd'][index] ?? `${index + 1}th`;
