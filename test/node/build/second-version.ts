// A second version of the fixture course, as a trainer would make it while officers are
// taking the first: a lesson and a knowledge-check question added, an option added to a
// question, an assessment question removed. Used by the build comparison and the browser
// test that replaces one package by the other.
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

export const SECOND_VERSION_SUMMARY = '1 lesson added, 1 question added, 1 question removed';

export function copySecondVersion(): string {
  return copyFixtureCourse((name, text) => {
    if (name === '01-greeting.ts') {
      return replaceOnce(text, "        { id: 'at_once',", "        { id: 'wave_only', text: 'A wave from your desk', feedback: 'Say hello too.' },\n        { id: 'at_once',");
    }
    if (name !== '02-incidents.ts') return text;
    let out = replaceOnce(
      text,
      "      blocks: [{ kind: 'list', items: ['Write it down', 'Tell the supervisor'] }],\n    },\n",
      "      blocks: [{ kind: 'list', items: ['Write it down', 'Tell the supervisor'] }],\n    },\n    {\n      id: 'incident_photos',\n      title: 'Photos of an incident',\n      blocks: [{ kind: 'paragraph', text: 'Photograph the scene only when site rules allow it.' }],\n    },\n",
    );
    out = replaceOnce(
      out,
      "  check: [\n",
      "  check: [\n    {\n      id: 'report_copy',\n      objective: 'report_incidents',\n      type: 'truefalse',\n      prompt: 'Keep a copy of every report you write.',\n      answer: true,\n      feedback: { correct: 'Right.', incorrect: 'Keep a copy.' },\n    },\n",
    );
    const start = out.indexOf("    {\n      id: 'bank_report_now',");
    const end = out.indexOf('    },\n', start) + '    },\n'.length;
    if (start < 0) throw new Error('fixture text not found: bank_report_now');
    return out.slice(0, start) + out.slice(end);
  });
}
