/**
 * A skeleton of each question type: every field the validator asks for
 * (validate-question.ts), every text a TODO saying what to write, every id
 * fresh. Part ids start with the question's id, so they are unique in the
 * whole course, not only in their question.
 */
import type { BranchStep, Option, Question, QuestionType } from '../../../src/content/types.js';
import type { FreshIds } from './fresh-ids.js';
import { todo } from './placeholder.js';

export interface QuestionIds {
  /** The question's id, already fresh. */
  id: string;
  ids: FreshIds;
  /** The objective the question assesses: an objective of its module. */
  objective: string;
}

type Skeleton = (q: QuestionIds) => Question;

/** The fields every question has, in the order the course's files list them. */
const head = <T extends QuestionType>(q: QuestionIds, type: T, prompt: string) => ({ id: q.id, type, objective: q.objective, prompt: todo(prompt) });
const part = (q: QuestionIds, name: string) => q.ids.named(`${q.id}_${name}`);
const feedback = (correct: string, incorrect: string) => ({ correct: todo(correct), incorrect: todo(incorrect) });

function option(q: QuestionIds, name: string, text: string, correct: boolean): Option {
  const why = correct ? 'why this answer is right' : 'why this answer is wrong, and what is right';
  return { id: part(q, name), text: todo(text), ...(correct ? { correct: true } : {}), feedback: todo(`${why} (shown when it is chosen)`) };
}

function step(q: QuestionIds, name: string, text: string, next?: string): BranchStep {
  const id = part(q, name);
  return {
    id,
    text: todo(text),
    choices: [
      { id: q.ids.named(`${id}_a`), text: todo('a worse choice an officer might make'), consequence: todo('what goes wrong (add next: to a recovery step to let the officer try again)') },
      { id: q.ids.named(`${id}_b`), text: todo('the best choice'), best: true, consequence: todo(next ? 'what happens next' : 'how the situation ends well'), ...(next ? { next } : {}) },
    ],
  };
}

/** A Record so a new type in types.ts must get a skeleton here. */
const SKELETONS: Record<QuestionType, Skeleton> = {
  single: (q) => ({
    ...head(q, 'single', 'the question; exactly one option is right'),
    // Four options, the right one not first (the exam lint, src/content/lint-exam.ts).
    options: [
      option(q, 'a', 'a wrong answer that sounds likely (a real mistake officers make)', false),
      option(q, 'b', 'the right answer (no longer than the others)', true),
      option(q, 'c', 'another wrong answer', false),
      option(q, 'd', 'a third wrong answer', false),
    ],
  }),
  multiple: (q) => ({
    ...head(q, 'multiple', 'the question; the learner picks every right option'),
    options: [
      option(q, 'a', 'a wrong answer', false),
      option(q, 'b', 'a right answer', true),
      option(q, 'c', 'another wrong answer', false),
      option(q, 'd', 'another right answer', true),
    ],
    feedback: feedback('shown when all the right options and no others are picked', 'shown otherwise: which ones are right'),
  }),
  truefalse: (q) => ({
    ...head(q, 'truefalse', 'a statement that is true (for a false one, change answer: to false)'),
    answer: true,
    feedback: feedback('shown when the learner answers right: why', 'shown when the learner answers wrong: what is right and why'),
  }),
  matching: (q) => ({
    ...head(q, 'matching', 'what the learner matches, e.g. each situation with the right response'),
    pairs: (['first', 'second', 'third'] as const).map((nth, i) => ({
      id: part(q, `p${i + 1}`),
      prompt: todo(`the ${nth} thing to match`),
      target: { id: part(q, `t${i + 1}`), text: todo(`what the ${nth} thing matches`) },
    })),
    feedback: feedback('shown when every match is right', 'shown otherwise: the right matches'),
  }),
  sequencing: (q) => ({
    ...head(q, 'sequencing', 'what the learner puts in order'),
    items: (['first', 'second', 'third', 'last'] as const).map((nth, i) => ({
      id: part(q, `i${i + 1}`),
      text: todo(`the ${nth} step${i === 0 ? ' (write the steps in the right order: the learner sees them shuffled)' : ''}`),
    })),
    feedback: feedback('shown when the order is right', 'shown otherwise: the right order'),
  }),
  branching: (q) => {
    const second = step(q, 's2', 'the second decision, after the best first choice');
    return {
      ...head(q, 'branching', 'the situation the learner is in when the scenario starts'),
      steps: [step(q, 's1', 'the first decision the learner faces', second.id), second],
      feedback: feedback('shown when every decision was the best one', 'shown otherwise: what the best path was'),
    };
  },
};

export function questionSkeleton(type: QuestionType, q: QuestionIds): Question {
  return SKELETONS[type](q);
}
