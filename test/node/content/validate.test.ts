// One test per validator rule: each breaks one thing in the fixture course and
// asserts the exact line an author would read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem, validateCourse } from '../../../src/content/validate.js';
import { config, greeting, incidents } from '../../fixtures/minimal-course.js';

/** Loosely typed copies an author could have written wrongly. */
type Loose = any;

/** Validates a fresh copy of the fixture after `edit`; returns the formatted problems. */
function problemsAfter(edit: (c: { config: Loose; m1: Loose; m2: Loose }) => void): string[] {
  const c = { config: structuredClone(config) as Loose, m1: structuredClone(greeting) as Loose, m2: structuredClone(incidents) as Loose };
  edit(c);
  return validateCourse({
    config: { file: 'modules/course.yaml', value: c.config },
    modules: [
      { file: 'modules/01-greeting.md', value: c.m1 },
      { file: 'modules/02-incidents.md', value: c.m2 },
    ],
  }).map(formatProblem);
}

const M1 = 'modules/01-greeting.md';
const M2 = 'modules/02-incidents.md';
const CONFIG = 'modules/course.yaml';

describe('validateCourse', () => {
  test('the fixture course has no problems', () => {
    assert.deepEqual(problemsAfter(() => {}), []);
  });

  test('formatProblem: file, path, message and fix on one line', () => {
    assert.equal(
      formatProblem({ file: 'modules/03-trust.md', path: 'bank[4].options[2].feedback', message: 'is empty', fix: 'write the feedback shown when this option is chosen' }),
      'modules/03-trust.md: bank[4].options[2].feedback: is empty — write the feedback shown when this option is chosen',
    );
    assert.equal(formatProblem({ file: 'modules/04-x.ts', path: '', message: 'has no default export', fix: 'add one' }), 'modules/04-x.ts: has no default export — add one');
  });

  test('a missing field', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => delete m1.lessons[0].title), [`${M1}: lessons[0].title: is missing — add the lesson title`]);
  });

  test('a field of the wrong type', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.minutes = '10')), [
      `${M1}: minutes: must be a number, not text — write the estimated minutes to complete the module as a number without quotes`,
    ]);
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.lessons = { id: 'x' })), [`${M2}: lessons: must be a list, not an object — write the lessons as a list, one "- " item per lesson`]);
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.check[0].options[0].correct = 'yes')), [
      `${M1}: check[0].options[0].correct: must be true or false, not text — write correct as true or false without quotes`,
      `${M1}: check[0].options: has no correct answer — mark exactly one option with correct: true`,
    ]);
  });

  test('empty text, including text of spaces only', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.bank[0].options[1].feedback = '')), [
      `${M1}: bank[0].options[1].feedback: is empty — write the feedback shown when this option is chosen`,
    ]);
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.lessons[0].blocks[1].items[2] = '  ')), [`${M1}: lessons[0].blocks[1].items[2]: is empty — write the list item`]);
  });

  test('a malformed id, with the SCORM reason and a suggestion', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.check[0].options[0].id = 'choice-a')), [
      `${M1}: check[0].options[0].id: "choice-a" is not a valid id: SCORM 2004 choice responses allow only [\\w.] and SCORM 1.2 identifiers no spaces (LMS-COMPAT 6, 15) — use lowercase letters, digits and _, starting with a letter, e.g. "choice_a"`,
    ]);
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.lessons[0].id = 'First seconds')), [
      `${M1}: lessons[0].id: "First seconds" is not a valid id: SCORM 2004 choice responses allow only [\\w.] and SCORM 1.2 identifiers no spaces (LMS-COMPAT 6, 15) — use lowercase letters, digits and _, starting with a letter, e.g. "first_seconds"`,
    ]);
  });

  test('an id longer than 40 characters', () => {
    const long = 'a'.repeat(41);
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.id = long)), [`${M2}: id: "${long}" is 41 characters long — shorten it to at most 40 characters`]);
  });

  test('an id the course record keeps for itself (attestation, certificate, course version)', () => {
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.id = 'attestation')), [
      `${M2}: id: "attestation" is already used at the course's compliance record (a reserved id) — give every module, lesson, objective and question its own id`,
    ]);
  });

  test('an id used twice in the course (module, lesson, objective, question)', () => {
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.lessons[0].id = 'first_seconds')), [
      `${M2}: lessons[0].id: "first_seconds" is already used at ${M1}: lessons[0].id — give every module, lesson, objective and question its own id`,
    ]);
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.bank[0].id = 'greeting')), [
      `${M2}: bank[0].id: "greeting" is already used at ${M1}: id — give every module, lesson, objective and question its own id`,
    ]);
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.lessons[1].blocks[1].question.id = 'final_assessment')), [
      `${M1}: lessons[1].blocks[1].question.id: "final_assessment" is already used at ${CONFIG}: assessment.id — give every module, lesson, objective and question its own id`,
    ]);
  });

  test('an id used twice inside one question (options, pairs, targets, items, steps, choices)', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.check[1].options[2].id = 'smile')), [
      `${M1}: check[1].options[2].id: "smile" is used twice in this question (first at check[1].options[1].id) — give each option its own id`,
    ]);
    assert.deepEqual(
      problemsAfter(({ m1 }) => {
        m1.bank[3].pairs[1].id = 'badge';
        m1.bank[3].pairs[1].target.id = 'employment';
        m1.bank[4].items[2].id = 'greet';
        m1.bank[5].steps[1].choices[1].id = 'temp_badge';
      }),
      [
        `${M1}: bank[3].pairs[1].id: "badge" is used twice in this question (first at bank[3].pairs[0].id) — give each pair its own id`,
        `${M1}: bank[3].pairs[1].target.id: "employment" is used twice in this question (first at bank[3].pairs[0].target.id) — give each target its own id`,
        `${M1}: bank[4].items[2].id: "greet" is used twice in this question (first at bank[4].items[0].id) — give each item its own id`,
        `${M1}: bank[5].steps[1].choices[1].id: "temp_badge" is used twice in this step (first at bank[5].steps[1].choices[0].id) — give each choice its own id`,
      ],
    );
    // Renaming a step also breaks the link to it; all three consequences are reported.
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.bank[5].steps[1].id = 'start')), [
      `${M1}: bank[5].steps[0].choices[0].next: "host_here" names no step of this question — use one of: start, or leave next out to end the scenario here`,
      `${M1}: bank[5].steps[1].id: "start" is used twice in this question (first at bank[5].steps[0].id) — give each step its own id`,
      `${M1}: bank[5].steps[1]: step "start" is never reached from the first step — point a choice's next at "start", or remove the step`,
    ]);
  });

  test('a single-choice question needs exactly one correct option', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => delete m1.check[0].options[0].correct), [
      `${M1}: check[0].options: has no correct answer — mark exactly one option with correct: true`,
    ]);
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.check[0].options[2].correct = true)), [
      `${M1}: check[0].options: has 2 correct options, but a single-choice question has exactly one — mark only one option with correct: true, or make it type: 'multiple'`,
    ]);
  });

  test('a multiple-response question needs at least one correct option', () => {
    assert.deepEqual(
      problemsAfter(({ m1 }) => {
        for (const o of m1.check[1].options) delete o.correct;
      }),
      [`${M1}: check[1].options: has no correct answer — mark at least one option with correct: true`],
    );
  });

  test('a branching choice leading to a step that does not exist', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.bank[5].steps[0].choices[0].next = 'host_gone')), [
      `${M1}: bank[5].steps[0].choices[0].next: "host_gone" names no step of this question — use one of: start, host_here, or leave next out to end the scenario here`,
      `${M1}: bank[5].steps[1]: step "host_here" is never reached from the first step — point a choice's next at "host_here", or remove the step`,
    ]);
  });

  test('a branching step with no best choice', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => delete m1.bank[5].steps[1].choices[0].best), [
      `${M1}: bank[5].steps[1].choices: has no best choice — mark the best choice with best: true`,
    ]);
  });

  test('missing feedback on an option, a consequence or a question', () => {
    assert.deepEqual(
      problemsAfter(({ m1 }) => {
        delete m1.check[0].options[1].feedback;
        delete m1.bank[5].steps[0].choices[1].consequence;
        delete m1.check[2].feedback;
        m1.bank[1].feedback.incorrect = '';
      }),
      [
        `${M1}: check[0].options[1].feedback: is missing — add the feedback shown when this option is chosen`,
        `${M1}: check[2].feedback: is missing — add the feedback (correct, incorrect)`,
        `${M1}: bank[1].feedback.incorrect: is empty — write the feedback shown when the answer is incorrect`,
        `${M1}: bank[5].steps[0].choices[1].consequence: is missing — add the consequence shown when this choice is made`,
      ],
    );
  });

  test('an unknown question type', () => {
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.bank[2].type = 'essay')), [
      `${M2}: bank[2].type: "essay" is not a question type — use one of: single, multiple, truefalse, matching, sequencing, branching`,
    ]);
  });

  test('an unknown block kind', () => {
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.lessons[0].blocks[0].kind = 'video')), [
      `${M2}: lessons[0].blocks[0].kind: "video" is not a block kind — use one of: paragraph, tip, list, image, graphic, scenario, accordion, tabs, steps`,
    ]);
  });

  test('an objective no question assesses (check, bank or scenario)', () => {
    assert.deepEqual(problemsAfter(({ m2 }) => m2.objectives.push({ id: 'calm_voice', text: 'Keep a calm voice' })), [
      `${M2}: objectives[1]: "calm_voice" is not assessed by any question — set objective: "calm_voice" on a check, bank or scenario question, or remove the objective`,
    ]);
    // The scenario question is the only one assessing check_ids in lesson content: it counts.
    assert.deepEqual(
      problemsAfter(({ m1 }) => {
        for (const q of [...m1.check, ...m1.bank]) q.objective = 'greet_visitors';
      }),
      [],
    );
  });

  test("a question whose objective is not one of its module's", () => {
    assert.deepEqual(problemsAfter(({ m2 }) => (m2.check[0].objective = 'greet_visitors')), [
      `${M2}: check[0].objective: "greet_visitors" is not an objective of this module — use one of: report_incidents, or add an objective with id "greet_visitors" to this module's objectives`,
    ]);
  });

  test('an assessment drawing more questions than the banks hold', () => {
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.draw = 10)), [
      `${CONFIG}: assessment.draw: is 10, but the modules' banks hold only 9 questions — lower draw to 9 or fewer, or add questions to a module's bank`,
    ]);
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.draw = 0)), [`${CONFIG}: assessment.draw: is 0 — draw at least 1 question from the bank`]);
  });

  test('a pass mark outside 0–100', () => {
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.passMark = 120)), [
      `${CONFIG}: assessment.passMark: is 120, outside 0–100 — give the pass mark as a percentage from 0 to 100`,
    ]);
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.passMark = -1)), [
      `${CONFIG}: assessment.passMark: is -1, outside 0–100 — give the pass mark as a percentage from 0 to 100`,
    ]);
  });

  test('negative or fractional attempts', () => {
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.attempts = -1)), [
      `${CONFIG}: assessment.attempts: is -1 — use 0 for unlimited attempts, or a positive whole number`,
    ]);
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.attempts = 1.5)), [
      `${CONFIG}: assessment.attempts: is 1.5, not a whole number — write how many attempts a learner may make (0 for unlimited) as a whole number`,
    ]);
  });

  test('drawBy and showAnswers take one of their words, and may be left out', () => {
    assert.deepEqual(problemsAfter(({ config }) => Object.assign(config.assessment, { drawBy: 'bank', showAnswers: 'never' })), []);
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.drawBy = 'modules')), [
      `${CONFIG}: assessment.drawBy: is "modules" — use one of: module, bank (or leave it out for module)`,
    ]);
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.showAnswers = true)), [
      `${CONFIG}: assessment.showAnswers: is true — use one of: after-pass-or-last, always, never (or leave it out for after-pass-or-last)`,
    ]);
  });

  test('layout takes auto, paged or single, and may be left out', () => {
    for (const layout of ['auto', 'paged', 'single']) {
      assert.deepEqual(problemsAfter(({ config }) => (config.assessment.layout = layout)), []);
    }
    assert.deepEqual(problemsAfter(({ config }) => (config.assessment.layout = 'pages')), [
      `${CONFIG}: assessment.layout: is "pages" — use one of: auto, paged, single (or leave it out for auto)`,
    ]);
  });

  test('a branching scenario that loops', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.bank[5].steps[1].choices[1].next = 'start')), [
      `${M1}: bank[5].steps: loops: start → host_here → start — point one choice on this path at a later step, or leave its next out so the scenario ends`,
    ]);
    assert.deepEqual(problemsAfter(({ m1 }) => (m1.bank[5].steps[1].choices[0].next = 'host_here')), [
      `${M1}: bank[5].steps: loops: host_here → host_here — point one choice on this path at a later step, or leave its next out so the scenario ends`,
    ]);
  });

  test('fewer than two options, pairs, items or choices', () => {
    assert.deepEqual(problemsAfter(({ m1 }) => m1.check[0].options.splice(1)), [`${M1}: check[0].options: has only 1 option — add at least 2 options`]);
    assert.deepEqual(
      problemsAfter(({ m1 }) => {
        m1.bank[3].pairs.splice(1);
        m1.bank[4].items = [];
        m1.bank[5].steps[1].choices.splice(1);
      }),
      [
        `${M1}: bank[3].pairs: has only 1 pair — add at least 2 pairs`,
        `${M1}: bank[4].items: has no items — add at least 2 items`,
        `${M1}: bank[5].steps[1].choices: has only 1 choice — add at least 2 choices`,
      ],
    );
  });

  test('a matching pair without its target', () => {
    assert.deepEqual(problemsAfter(({ m2 }) => delete m2.bank[1].pairs[0].target), [`${M2}: bank[1].pairs[0].target: is missing — add the target (id, text)`]);
  });

  test('a language that is not a BCP 47 tag', () => {
    assert.deepEqual(problemsAfter(({ config }) => (config.language = 'English')), [
      `${CONFIG}: language: "English" is not a BCP 47 language tag — use a tag such as "en" or "en-GB"`,
    ]);
  });

  test('garbage exports are reported, not thrown', () => {
    assert.deepEqual(
      problemsAfter((c) => {
        c.config = 'course';
        c.m1 = undefined;
        c.m2 = [1, 2];
      }),
      [
        `${CONFIG}: holds text, not name: value lines — write the course settings as name: value lines (see modules/README.md)`,
        `${M1}: is empty — write the module (see modules/README.md)`,
        `${M2}: holds a list, not name: value lines — write the module as name: value lines (see modules/README.md)`,
      ],
    );
    assert.deepEqual(
      problemsAfter(({ m2 }) => {
        m2.check = [null, 'question'];
        m2.lessons[0].blocks = [42];
      }),
      [
        `${M2}: lessons[0].blocks[0]: must be an object, not a number — write the block (kind: paragraph, tip, list, image, graphic, scenario, accordion, tabs, steps) as name: value lines, indented under it`,
        `${M2}: check[0]: must be an object, not null — write the question as name: value lines, indented under it`,
        `${M2}: check[1]: must be an object, not text — write the question as name: value lines, indented under it`,
      ],
    );
  });

  test('a course without modules', () => {
    const problems = validateCourse({ config: { file: 'modules/course.yaml', value: structuredClone(config) }, modules: [] }).map(formatProblem);
    assert.deepEqual(problems, [
      `${CONFIG}: assessment.draw: is 5, but the modules' banks hold no questions — add questions to a module's bank`,
      'modules/: the course has no modules — add a module file next to course.yaml, e.g. with npm run new -- module "Introduction"',
    ]);
  });

  test('every problem is reported at once, across files, in file order', () => {
    assert.deepEqual(
      problemsAfter(({ config, m1, m2 }) => {
        config.assessment.passMark = 101;
        m1.bank[0].options[1].feedback = '';
        m1.bank[2].type = 'yesno';
        m2.title = '';
      }),
      [
        `${CONFIG}: assessment.passMark: is 101, outside 0–100 — give the pass mark as a percentage from 0 to 100`,
        `${M1}: bank[0].options[1].feedback: is empty — write the feedback shown when this option is chosen`,
        `${M1}: bank[2].type: "yesno" is not a question type — use one of: single, multiple, truefalse, matching, sequencing, branching`,
        `${M2}: title: is empty — write the module title`,
      ],
    );
  });
});
