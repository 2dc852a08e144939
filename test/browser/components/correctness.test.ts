import { expect } from '@open-wc/testing';
import type { BranchingQuestion, Question } from '../../../src/content/types.js';
import { correctResponse, isCompletePath, isCorrect } from '../../../src/content/correctness.js';

// Pure functions; they live in src/content so the session scores with the same rules the components show.
const base = { objective: 'o', prompt: 'p' };
const single: Question = {
  ...base, id: 'q1', type: 'single',
  options: [{ id: 'a', text: 'A', feedback: '' }, { id: 'b', text: 'B', correct: true, feedback: '' }],
};
const multiple: Question = {
  ...base, id: 'q2', type: 'multiple',
  options: [
    { id: 'a', text: 'A', correct: true, feedback: '' },
    { id: 'b', text: 'B', feedback: '' },
    { id: 'c', text: 'C', correct: true, feedback: '' },
  ],
};
const tf: Question = { ...base, id: 'q3', type: 'truefalse', answer: false, feedback: { correct: '', incorrect: '' } };
const matching: Question = {
  ...base, id: 'q4', type: 'matching',
  pairs: [
    { id: 'p1', prompt: '1', target: { id: 't1', text: 'one' } },
    { id: 'p2', prompt: '2', target: { id: 't2', text: 'two' } },
  ],
  feedback: { correct: '', incorrect: '' },
};
const seq: Question = {
  ...base, id: 'q5', type: 'sequencing',
  items: [{ id: 'x', text: 'x' }, { id: 'y', text: 'y' }, { id: 'z', text: 'z' }],
  feedback: { correct: '', incorrect: '' },
};
const branching: BranchingQuestion = {
  ...base, id: 'q6', type: 'branching',
  steps: [
    { id: 's1', text: '', choices: [
      { id: 'good', text: '', best: true, consequence: '', next: 's2' },
      { id: 'bad', text: '', consequence: '', next: 's2' },
      { id: 'quit', text: '', consequence: '' },
    ] },
    { id: 's2', text: '', choices: [{ id: 'end', text: '', best: true, consequence: '' }] },
  ],
  feedback: { correct: '', incorrect: '' },
};

describe('content/correctness', () => {
  it('single: only the correct option', () => {
    expect(isCorrect(single, { type: 'single', option: 'b' })).to.equal(true);
    expect(isCorrect(single, { type: 'single', option: 'a' })).to.equal(false);
  });

  it('multiple: all correct options and no others, in any order', () => {
    expect(isCorrect(multiple, { type: 'multiple', options: ['c', 'a'] })).to.equal(true);
    expect(isCorrect(multiple, { type: 'multiple', options: ['a'] })).to.equal(false);
    expect(isCorrect(multiple, { type: 'multiple', options: ['a', 'b', 'c'] })).to.equal(false);
    expect(isCorrect(multiple, { type: 'multiple', options: ['a', 'a'] })).to.equal(false);
  });

  it('true/false: the value equals the answer', () => {
    expect(isCorrect(tf, { type: 'truefalse', value: false })).to.equal(true);
    expect(isCorrect(tf, { type: 'truefalse', value: true })).to.equal(false);
  });

  it('matching: every pair to its own target, nothing missing or extra', () => {
    expect(isCorrect(matching, { type: 'matching', matches: { p2: 't2', p1: 't1' } })).to.equal(true);
    expect(isCorrect(matching, { type: 'matching', matches: { p1: 't2', p2: 't1' } })).to.equal(false);
    expect(isCorrect(matching, { type: 'matching', matches: { p1: 't1' } })).to.equal(false);
    expect(isCorrect(matching, { type: 'matching', matches: { p1: 't1', p2: 't2', p3: 't3' } })).to.equal(false);
  });

  it('sequencing: exactly the authored order', () => {
    expect(isCorrect(seq, { type: 'sequencing', order: ['x', 'y', 'z'] })).to.equal(true);
    expect(isCorrect(seq, { type: 'sequencing', order: ['y', 'x', 'z'] })).to.equal(false);
    expect(isCorrect(seq, { type: 'sequencing', order: ['x', 'y'] })).to.equal(false);
  });

  it('branching: a complete path of best choices only', () => {
    const path = (...d: [string, string][]) => ({ type: 'branching' as const, path: d.map(([step, choice]) => ({ step, choice })) });
    expect(isCorrect(branching, path(['s1', 'good'], ['s2', 'end']))).to.equal(true);
    expect(isCorrect(branching, path(['s1', 'bad'], ['s2', 'end']))).to.equal(false);
    expect(isCorrect(branching, path(['s1', 'good']))).to.equal(false); // stops before the end
    expect(isCorrect(branching, path(['s2', 'end']))).to.equal(false); // does not start at steps[0]
    expect(isCorrect(branching, path())).to.equal(false);
    expect(isCompletePath(branching, path(['s1', 'quit']).path)).to.equal(true);
  });

  it('a response of another type is never correct', () => {
    expect(isCorrect(tf, { type: 'single', option: 'b' })).to.equal(false);
    expect(isCorrect(single, { type: 'truefalse', value: false })).to.equal(false);
  });

  it('correctResponse is correct for every type', () => {
    for (const q of [single, multiple, tf, matching, seq, branching]) {
      const r = correctResponse(q);
      expect(r.type).to.equal(q.type);
      expect(isCorrect(q, r), q.type).to.equal(true);
    }
    expect(correctResponse(branching)).to.deep.equal({
      type: 'branching',
      path: [{ step: 's1', choice: 'good' }, { step: 's2', choice: 'end' }],
    });
  });

  it('correctResponse stops on a branching loop instead of running forever', () => {
    const loop: BranchingQuestion = {
      ...branching,
      steps: [{ id: 's1', text: '', choices: [{ id: 'again', text: '', best: true, consequence: '', next: 's1' }] }],
    };
    expect(correctResponse(loop)).to.deep.equal({ type: 'branching', path: [{ step: 's1', choice: 'again' }] });
  });
});
