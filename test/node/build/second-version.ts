// A second version of the fixture course, as a trainer would make it while officers are
// taking the first: a lesson and a knowledge-check question added, an option added to a
// question, an assessment question removed. Used by the build comparison and the browser
// test that replaces one package by the other.
import type { SingleChoiceQuestion } from '../../../src/content/types.js';
import { copyChangedCourse } from '../../fixtures/course-copy.js';

export const SECOND_VERSION_SUMMARY = '1 lesson added, 1 question added, 1 question removed';

export function copySecondVersion(): string {
  return copyChangedCourse((name, module) => {
    if (name === '01-greeting.md') {
      const question = module.check.find((q) => q.id === 'greet_when') as SingleChoiceQuestion;
      question.options.unshift({ id: 'wave_only', text: 'A wave from your desk', feedback: 'Say hello too.' });
    }
    if (name !== '02-incidents.md') return;
    module.lessons.splice(1, 0, { id: 'incident_photos', title: 'Photos of an incident', blocks: [{ kind: 'paragraph', text: 'Photograph the scene only when site rules allow it.' }] });
    module.check.unshift({ id: 'report_copy', objective: 'report_incidents', type: 'truefalse', prompt: 'Keep a copy of every report you write.', answer: true, feedback: { correct: 'Right.', incorrect: 'Keep a copy.' } });
    const removed = module.bank.findIndex((q) => q.id === 'bank_report_now');
    if (removed < 0) throw new Error('fixture question not found: bank_report_now');
    module.bank.splice(removed, 1);
  });
}
