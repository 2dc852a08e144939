/** Checks one question of any type (see `Question` in types.ts). */
import type { QuestionType } from './types.js';
import { at, FileChecker, IdScope, type Rec } from './validate-read.js';

export interface QuestionContext {
  checker: FileChecker;
  /** Every objective id the module declares (as written, valid or not). */
  objectives: readonly string[];
  /** Collects the objectives that questions assess. */
  assessed: Set<string>;
  /** Registers a course-wide id (module, lesson, objective, question). */
  registerId: (checker: FileChecker, id: string | undefined, path: string) => void;
}

type TypeCheck = (c: FileChecker, q: Rec, path: string) => void;

/** One checker per question type; a Record so a new type in types.ts must get one here. */
const byType: Record<QuestionType, TypeCheck> = {
  single: (c, q, path) => {
    const correct = checkOptions(c, q, path);
    if (correct === 0) c.problem(at(path, 'options'), 'has no correct answer', 'mark exactly one option with correct: true');
    else if (correct !== undefined && correct > 1) {
      c.problem(
        at(path, 'options'),
        `has ${correct} correct options, but a single-choice question has exactly one`,
        "mark only one option with correct: true, or make it type: 'multiple'",
      );
    }
  },
  multiple: (c, q, path) => {
    const correct = checkOptions(c, q, path);
    if (correct === 0) c.problem(at(path, 'options'), 'has no correct answer', 'mark at least one option with correct: true');
    if (q['feedback'] !== undefined) checkFeedback(c, q, path);
  },
  truefalse: (c, q, path) => {
    c.boolean(q, 'answer', path, 'the correct answer');
    checkFeedback(c, q, path);
  },
  matching: (c, q, path) => {
    const pairs = new IdScope(c, 'pair', 'this question');
    const targets = new IdScope(c, 'target', 'this question');
    (c.list(q, 'pairs', path, 'pair', 2) ?? []).forEach((value, i) => {
      const p = at(at(path, 'pairs'), i);
      const pair = c.record(value, p, 'the pair');
      if (!pair) return;
      c.keys(pair, p, ['id', 'prompt', 'target']);
      pairs.add(c.id(pair, 'id', p, 'the pair id'), at(p, 'id'));
      c.text(pair, 'prompt', p, 'the prompt the learner matches');
      const target = c.record(pair['target'], at(p, 'target'), 'the target (id, text)');
      if (!target) return;
      c.keys(target, at(p, 'target'), ['id', 'text']);
      targets.add(c.id(target, 'id', at(p, 'target'), 'the target id'), at(at(p, 'target'), 'id'));
      c.text(target, 'text', at(p, 'target'), 'the target text');
    });
    checkFeedback(c, q, path);
  },
  sequencing: (c, q, path) => {
    const items = new IdScope(c, 'item', 'this question');
    (c.list(q, 'items', path, 'item', 2) ?? []).forEach((value, i) => {
      const p = at(at(path, 'items'), i);
      const item = c.record(value, p, 'the item');
      if (!item) return;
      c.keys(item, p, ['id', 'text']);
      items.add(c.id(item, 'id', p, 'the item id'), at(p, 'id'));
      c.text(item, 'text', p, 'the item text');
    });
    checkFeedback(c, q, path);
  },
  branching: (c, q, path) => {
    checkBranching(c, q, path);
    checkFeedback(c, q, path);
  },
};

export const QUESTION_TYPES = Object.keys(byType) as QuestionType[];

/** The fields each type adds to id, type, objective and prompt (types.ts). */
const TYPE_FIELDS: Record<QuestionType, string[]> = {
  single: ['options'],
  multiple: ['options', 'feedback'],
  truefalse: ['answer', 'feedback'],
  matching: ['pairs', 'feedback'],
  sequencing: ['items', 'feedback'],
  branching: ['steps', 'feedback'],
};

export function checkQuestion(ctx: QuestionContext, value: unknown, path: string): void {
  const c = ctx.checker;
  const q = c.record(value, path, 'the question');
  if (!q) return;
  const type = q['type'];
  const own = typeof type === 'string' && Object.hasOwn(TYPE_FIELDS, type) ? TYPE_FIELDS[type as QuestionType] : Object.values(TYPE_FIELDS).flat();
  c.keys(q, path, ['id', 'type', 'objective', 'prompt', ...new Set(own)]);
  ctx.registerId(c, c.id(q, 'id', path, 'the question id'), at(path, 'id'));
  c.text(q, 'prompt', path, 'the question prompt');
  checkObjectiveRef(ctx, q, path);

  if (type === undefined) {
    c.problem(at(path, 'type'), 'is missing', `add the question type: one of ${QUESTION_TYPES.join(', ')}`);
  } else if (typeof type !== 'string' || !Object.hasOwn(byType, type)) {
    const shown = typeof type === 'string' ? `"${type}"` : String(type);
    c.problem(at(path, 'type'), `${shown} is not a question type`, `use one of: ${QUESTION_TYPES.join(', ')}`);
  } else {
    byType[type as QuestionType](c, q, path);
  }
}

function checkObjectiveRef(ctx: QuestionContext, q: Rec, path: string): void {
  const c = ctx.checker;
  const objective = c.text(q, 'objective', path, 'the id of the objective this question assesses');
  if (objective === undefined) return;
  if (ctx.objectives.includes(objective)) {
    ctx.assessed.add(objective);
    return;
  }
  const choices = ctx.objectives.length > 0 ? `use one of: ${ctx.objectives.join(', ')}, or add` : 'add';
  c.problem(at(path, 'objective'), `"${objective}" is not an objective of this module`, `${choices} an objective with id "${objective}" to this module's objectives`);
}

/** Checks the options of a choice question; returns how many are correct (undefined when unreadable). */
function checkOptions(c: FileChecker, q: Rec, path: string): number | undefined {
  const options = c.list(q, 'options', path, 'option', 2);
  if (!options) return undefined;
  const ids = new IdScope(c, 'option', 'this question');
  let correct = 0;
  options.forEach((value, i) => {
    const p = at(at(path, 'options'), i);
    const option = c.record(value, p, 'the option');
    if (!option) return;
    c.keys(option, p, ['id', 'text', 'correct', 'feedback']);
    ids.add(c.id(option, 'id', p, 'the option id'), at(p, 'id'));
    c.text(option, 'text', p, 'the option text');
    c.text(option, 'feedback', p, 'the feedback shown when this option is chosen');
    if (c.boolean(option, 'correct', p, 'correct', true)) correct++;
  });
  return correct;
}

/** `feedback: { correct, incorrect }`, both non-empty. */
function checkFeedback(c: FileChecker, q: Rec, path: string): void {
  const p = at(path, 'feedback');
  const feedback = c.record(q['feedback'], p, 'the feedback (correct, incorrect)');
  if (!feedback) return;
  c.keys(feedback, p, ['correct', 'incorrect']);
  c.text(feedback, 'correct', p, 'the feedback shown when the answer is correct');
  c.text(feedback, 'incorrect', p, 'the feedback shown when the answer is incorrect');
}

/** Steps, choices, `next` links, best choices, loops and unreachable steps of a branching scenario. */
function checkBranching(c: FileChecker, q: Rec, path: string): void {
  const stepsPath = at(path, 'steps');
  const steps = c.list(q, 'steps', path, 'step', 1);
  if (!steps) return;
  const stepIds = new IdScope(c, 'step', 'this question');
  const names = steps.map((s) => (typeof s === 'object' && s !== null ? (s as Rec)['id'] : undefined));
  const known = [...new Set(names.filter((n): n is string => typeof n === 'string'))];
  /** Step index → indexes of the steps its choices lead to. */
  const edges = steps.map(() => [] as number[]);

  steps.forEach((value, i) => {
    const p = at(stepsPath, i);
    const step = c.record(value, p, 'the step');
    if (!step) return;
    c.keys(step, p, ['id', 'text', 'choices']);
    stepIds.add(c.id(step, 'id', p, 'the step id'), at(p, 'id'));
    c.text(step, 'text', p, 'the situation the learner decides on');
    const choices = c.list(step, 'choices', p, 'choice', 2);
    if (!choices) return;
    const choiceIds = new IdScope(c, 'choice', 'this step');
    let best = 0;
    choices.forEach((cv, j) => {
      const cp = at(at(p, 'choices'), j);
      const choice = c.record(cv, cp, 'the choice');
      if (!choice) return;
      c.keys(choice, cp, ['id', 'text', 'best', 'consequence', 'next']);
      choiceIds.add(c.id(choice, 'id', cp, 'the choice id'), at(cp, 'id'));
      c.text(choice, 'text', cp, 'the choice text');
      c.text(choice, 'consequence', cp, 'the consequence shown when this choice is made');
      if (c.boolean(choice, 'best', cp, 'best', true)) best++;
      const next = choice['next'];
      if (next === undefined) return;
      const target = typeof next === 'string' ? names.indexOf(next) : -1;
      if (target >= 0) edges[i]!.push(target);
      else {
        c.problem(
          at(cp, 'next'),
          typeof next === 'string' ? `"${next}" names no step of this question` : `must be a step id, not ${String(next)}`,
          `use one of: ${known.join(', ')}, or leave next out to end the scenario here`,
        );
      }
    });
    if (choices.length > 0 && best === 0) c.problem(at(p, 'choices'), 'has no best choice', 'mark the best choice with best: true');
  });
  checkPaths(c, stepsPath, names, edges);
}

/** A scenario must always end (no loops) and every step must be reachable from steps[0]. */
function checkPaths(c: FileChecker, stepsPath: string, names: unknown[], edges: number[][]): void {
  const label = (i: number) => (typeof names[i] === 'string' ? (names[i] as string) : `steps[${i}]`);
  const state = edges.map(() => 0 as 0 | 1 | 2); // 0 unseen, 1 on the current path, 2 done
  const trail: number[] = [];
  const loops = new Set<string>();
  const visit = (i: number): void => {
    state[i] = 1;
    trail.push(i);
    for (const next of edges[i]!) {
      if (state[next] === 1) loops.add([...trail.slice(trail.indexOf(next)), next].map(label).join(' → '));
      else if (state[next] === 0) visit(next);
    }
    trail.pop();
    state[i] = 2;
  };
  if (edges.length > 0) visit(0);
  for (const loop of loops) {
    c.problem(stepsPath, `loops: ${loop}`, 'point one choice on this path at a later step, or leave its next out so the scenario ends');
  }
  state.forEach((s, i) => {
    if (s === 0) {
      c.problem(at(stepsPath, i), `step "${label(i)}" is never reached from the first step`, `point a choice's next at "${label(i)}", or remove the step`);
    }
  });
}
