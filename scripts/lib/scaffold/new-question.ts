/**
 * `npm run new -- question <module> <type> [--to check|bank]`: a question
 * skeleton added to the end of a module's final assessment questions (or its
 * knowledge check), the rest of the file left as it is.
 */
import { writeFileSync } from 'node:fs';
import type { QuestionType } from '../../../src/content/types.js';
import { SECTION_HEADINGS } from '../course-format/markdown-module.js';
import { questionMarkdown } from '../course-format/write-module.js';
import { readCourseFolder } from './course-folder.js';
import { findModule } from './find-module.js';
import { FreshIds } from './fresh-ids.js';
import { insertQuestion, type QuestionSection } from './insert-question.js';
import { idPrefix } from './module-skeleton.js';
import { unreadableNote } from './new-module.js';
import { questionSkeleton } from './question-skeleton.js';
import { todoLines, type Written } from './written.js';

/** The id's middle part, as in the course: m3_chk_… in the knowledge check, m3_q_… in the bank. */
const ID_PART: Record<QuestionSection, string> = { check: 'chk_', bank: 'q_' };

export function newQuestion(dir: string, moduleName: string, type: QuestionType, section: QuestionSection = 'bank'): Written {
  const folder = readCourseFolder(dir);
  const module = findModule(folder, moduleName);
  const objectives = objectiveIds(module.value['objectives']);
  const objective = objectives[0];
  if (objective === undefined) throw new Error(`${module.shown} has no objective with an id: add one to its objectives first, then the questions that assess it`);
  const ids = new FreshIds(folder.ids);
  const question = questionSkeleton(type, { id: ids.numbered(`${idPrefix(module.number)}${ID_PART[section]}`), ids, objective });
  const block = questionMarkdown(question);
  const { text, line } = insertQuestion(module.text, block, section);
  writeFileSync(module.path, text);
  const others = objectives.slice(1);
  return {
    file: module.shown,
    line,
    summary: [
      `Added a ${type} question (id ${question.id}) to ${module.shown}, line ${line}, at the end of ## ${SECTION_HEADINGS[section]}.`,
      `It assesses objective ${objective}${others.length > 0 ? `: change objective: to ${others.join(' or ')} if it assesses another` : ''}.`,
      ...unreadableNote(folder.unreadable),
    ],
    todos: todoLines(text, line, line + block.split('\n').length),
  };
}

function objectiveIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((o: unknown) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)['id'] : undefined)).filter((id): id is string => typeof id === 'string');
}
