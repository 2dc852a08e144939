/**
 * A new module: settings, the title, one lesson (a paragraph, a list, a tip),
 * a summary and a job aid (when the course's modules have them), a knowledge
 * check and a final assessment question, each assessing the one
 * objective. Ids follow the course's pattern (`m9_l_…`, `m9_q_…`) and are fresh.
 */
import { suggestId } from '../../../src/content/ids.js';
import type { Module } from '../../../src/content/types.js';
import type { FreshIds } from './fresh-ids.js';
import { todo } from './placeholder.js';
import { questionSkeleton } from './question-skeleton.js';

/** A first estimate; the trainer corrects it once the module is written. */
export const SKELETON_MINUTES = 10;

/** Lesson, objective and question ids of module NN start with `mNN_`, as in the course's modules. */
export const idPrefix = (number: number): string => `m${number}_`;

export function moduleSkeleton(title: string, number: number, ids: FreshIds, closing = false): Module {
  const prefix = idPrefix(number);
  // A module id is the title's words (`Night shifts` → night_shifts), like the course's.
  const id = ids.named(suggestId(title));
  const objective = ids.numbered(`${prefix}obj_`);
  return {
    id,
    title,
    minutes: SKELETON_MINUTES,
    objectives: [{ id: objective, text: todo('what the officer will be able to do after this module') }],
    lessons: [
      {
        id: ids.numbered(`${prefix}l_`),
        title: todo('the lesson title'),
        blocks: [
          { kind: 'paragraph', text: todo('the lesson text; start a new paragraph for each idea') },
          { kind: 'list', items: [todo('a first point'), todo('a second point')] },
          { kind: 'tip', text: todo('a practical tip for the shift') },
        ],
      },
    ],
    ...(closing && {
      summary: [todo('a key point of the module'), todo('another key point')],
      jobAid: { title: todo('the job aid title'), blocks: [{ kind: 'list', items: [todo('a step or reminder to keep at hand')] }] },
    }),
    check: [questionSkeleton('single', { id: ids.numbered(`${prefix}chk_`), ids, objective })],
    bank: [questionSkeleton('single', { id: ids.numbered(`${prefix}q_`), ids, objective })],
  };
}
