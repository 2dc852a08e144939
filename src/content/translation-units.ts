/**
 * A translation as a translator (or a translation agency's tool) sees it: a
 * flat list of units, each one English text under a key built from the
 * course's ids (`m1_l_more.title`, `m1_l_more.block2.text`, `m1_q_match.rota.target`).
 * Blocks have no ids, so they count from 1 within their lesson. Ids are
 * unique in the course (validate.ts), so keys are too.
 *
 * Each unit also knows where its text goes in the nested `CourseTranslation`
 * (translation.ts) that localize.ts applies, so the runtime does not change.
 * Pure: the files and their hashes are read in scripts/lib/translations/.
 */
import type { CourseConfigTranslation, ModuleTranslation } from './translation.js';
import { interactiveUnits } from './interactive-units.js';
import type { Block, CourseConfig, Image, Module, Question } from './types.js';

export type { Unit } from './translation-unit.js';
import type { Unit } from './translation-unit.js';

/** The texts of course.yaml: title, description, attestation and release (when the course has them), assessment title. */
export function courseConfigUnits(config: CourseConfig): Unit[] {
  const units: Unit[] = [
    { key: `${config.id}.title`, source: config.title, target: ['title'] },
    { key: `${config.id}.description`, source: config.description, target: ['description'] },
  ];
  if (config.attestation !== undefined) units.push({ key: `${config.id}.attestation`, source: config.attestation, target: ['attestation'] });
  // A release often names a month ("3 (December 2026)"): the certificate shows it in the learner's language.
  if (config.release !== undefined) units.push({ key: `${config.id}.release`, source: config.release, target: ['release'] });
  units.push({ key: `${config.assessment.id}.title`, source: config.assessment.title, target: ['assessment', 'title'] });
  return units;
}

/** Every text of a module, in the order it is written. */
export function moduleUnits(module: Module): Unit[] {
  const units: Unit[] = [{ key: `${module.id}.title`, source: module.title, target: ['title'] }];
  for (const o of module.objectives) units.push({ key: `${o.id}.text`, source: o.text, target: ['objectives', o.id, 'text'] });
  for (const lesson of module.lessons) {
    const at = ['lessons', lesson.id];
    units.push({ key: `${lesson.id}.title`, source: lesson.title, target: [...at, 'title'] });
    lesson.blocks.forEach((block, i) => units.push(...blockUnits(block, `${lesson.id}.block${i + 1}`, [...at, 'blocks', i])));
  }
  // The closing parts have no ids of their own: they are keyed by the module's (`dual_role.summary.item1`, `dual_role.jobaid.block2.item3`).
  module.summary?.forEach((item, i) => units.push({ key: `${module.id}.summary.item${i + 1}`, source: item, target: ['summary', i] }));
  if (module.jobAid) {
    units.push({ key: `${module.id}.jobaid.title`, source: module.jobAid.title, target: ['jobAid', 'title'] });
    module.jobAid.blocks.forEach((block, i) => units.push(...blockUnits(block, `${module.id}.jobaid.block${i + 1}`, ['jobAid', 'blocks', i])));
  }
  for (const part of ['check', 'bank'] as const) {
    for (const q of module[part]) units.push(...questionUnits(q, [part, q.id]));
  }
  return units;
}

function blockUnits(block: Block, key: string, at: (string | number)[]): Unit[] {
  switch (block.kind) {
    case 'paragraph':
    case 'tip':
      return [{ key: `${key}.text`, source: block.text, target: [...at, 'text'] }];
    case 'list':
      return block.items.map((item, i) => ({ key: `${key}.item${i + 1}`, source: item, target: [...at, 'items', i] }));
    case 'image':
      return imageUnits(block, key, at);
    case 'graphic':
      return [
        { key: `${key}.title`, source: block.title, target: [...at, 'title'] },
        ...imageUnits(block.image, key, [...at, 'image']),
        ...block.points.flatMap((p, i) => [
          { key: `${key}.point${i + 1}.label`, source: p.label, target: [...at, 'points', i, 'label'] },
          { key: `${key}.point${i + 1}.text`, source: p.text, target: [...at, 'points', i, 'text'] },
        ]),
      ];
    case 'scenario':
      return [
        { key: `${key}.title`, source: block.title, target: [...at, 'title'] },
        ...(block.image ? imageUnits(block.image, key, [...at, 'image']) : []),
        { key: `${key}.text`, source: block.text, target: [...at, 'text'] },
        ...questionUnits(block.question, [...at, 'question']),
      ];
    case 'accordion':
    case 'tabs':
    case 'steps':
      return interactiveUnits(block, key, at, blockUnits);
  }
}

/** A picture's alt text (none when decorative) and caption; `m1_l_intro.block1.alt`. */
function imageUnits(image: Image, key: string, at: (string | number)[]): Unit[] {
  const units: Unit[] = [];
  if (image.alt !== undefined) units.push({ key: `${key}.alt`, source: image.alt, target: [...at, 'alt'] });
  if (image.caption !== undefined) units.push({ key: `${key}.caption`, source: image.caption, target: [...at, 'caption'] });
  return units;
}

function questionUnits(q: Question, at: (string | number)[]): Unit[] {
  const unit = (key: string, source: string, ...target: (string | number)[]): Unit => ({ key: `${q.id}.${key}`, source, target: [...at, ...target] });
  const units = [unit('prompt', q.prompt, 'prompt')];
  switch (q.type) {
    case 'single':
    case 'multiple':
      for (const o of q.options) {
        units.push(unit(`${o.id}.text`, o.text, 'options', o.id, 'text'), unit(`${o.id}.feedback`, o.feedback, 'options', o.id, 'feedback'));
      }
      break;
    case 'matching':
      for (const p of q.pairs) {
        units.push(unit(`${p.id}.prompt`, p.prompt, 'pairs', p.id, 'prompt'), unit(`${p.id}.target`, p.target.text, 'pairs', p.id, 'target', 'text'));
      }
      break;
    case 'sequencing':
      for (const item of q.items) units.push(unit(`${item.id}.text`, item.text, 'items', item.id, 'text'));
      break;
    case 'branching':
      for (const step of q.steps) {
        units.push(unit(`${step.id}.text`, step.text, 'steps', step.id, 'text'));
        for (const c of step.choices) {
          const choice = ['steps', step.id, 'choices', c.id];
          units.push(unit(`${step.id}.${c.id}.text`, c.text, ...choice, 'text'), unit(`${step.id}.${c.id}.consequence`, c.consequence, ...choice, 'consequence'));
        }
      }
      break;
    case 'truefalse':
      break;
  }
  // Multiple response questions may leave out their overall feedback; the other types have it.
  if (q.type !== 'single' && q.feedback) {
    units.push(unit('feedback.correct', q.feedback.correct, 'feedback', 'correct'), unit('feedback.incorrect', q.feedback.incorrect, 'feedback', 'incorrect'));
  }
  return units;
}

/** The translated texts, by unit key. A unit without one is left out, so the learner sees the English there (localize.ts). */
export type UnitTexts = ReadonlyMap<string, string>;

export function assembleModuleTranslation(module: Module, texts: UnitTexts): ModuleTranslation {
  return assemble<ModuleTranslation>({ title: '', objectives: {}, lessons: {}, check: {}, bank: {} }, moduleUnits(module), texts);
}

export function assembleCourseConfigTranslation(config: CourseConfig, texts: UnitTexts): CourseConfigTranslation {
  return assemble<CourseConfigTranslation>({ title: '', description: '', assessment: { title: '' } }, courseConfigUnits(config), texts);
}

type Tree = Record<string | number, unknown>;

/** `skeleton` holds the parts every translation has, even with nothing in them (`check: {}`). */
function assemble<T extends object>(skeleton: T, units: Unit[], texts: UnitTexts): T {
  for (const unit of units) {
    const text = texts.get(unit.key);
    if (text !== undefined) setAt(skeleton as Tree, unit.target, text);
  }
  return skeleton;
}

/** Sets `value` at `path`, creating the objects (and, where the next step is a position, lists) on the way. */
function setAt(tree: Tree, path: (string | number)[], value: string): void {
  let node = tree;
  path.forEach((step, i) => {
    const next = path[i + 1];
    if (next === undefined) node[step] = value;
    else node = (node[step] ??= typeof next === 'number' ? [] : {}) as Tree;
  });
}
