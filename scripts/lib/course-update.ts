/**
 * What replacing the previous package by this build means for officers in
 * progress, in the words `npm run build` prints. The rules are the saved-state
 * codec's (src/session/state-codec.ts): lessons and questions are kept by id,
 * added ones start fresh, removed ones are dropped; an answer that no longer
 * fits its question is dropped; statuses already in the LMS are never
 * downgraded (LMS-COMPAT 19).
 */
import { displayPath } from './paths.js';
import type { Outline, PreviousBuild, QuestionOutline } from './outline.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const attemptsText = (n: number) => (n > 0 ? String(n) : 'unlimited');

export function describeUpdate(previous: PreviousBuild, next: Outline): string[] {
  if (previous.found === 'none') return ['No previous build to compare with: officers have no saved progress in this course yet.'];
  if (previous.found === 'unreadable') return [`The previous build (${displayPath(previous.zip)}) could not be read: nothing to compare with.`];
  if (previous.found === 'no-outline') {
    return [
      `The previous build (${displayPath(previous.zip)}) predates this check: replacing it keeps officers' progress only if no lesson or question was added, removed or changed since (its saved state is read only when the course structure is the same).`,
    ];
  }
  const old = previous.outline;
  if (old.course !== next.course) {
    return [`The previous build (${displayPath(previous.zip)}) is another course (${old.course}): officers' progress in it does not carry over to ${next.course}.`];
  }

  const changes: string[] = [];
  const count = (what: string, before: string[], after: string[]) => {
    const added = after.filter((id) => !before.includes(id)).length;
    const removed = before.filter((id) => !after.includes(id)).length;
    if (added) changes.push(`${plural(added, what)} added`);
    if (removed) changes.push(`${plural(removed, what)} removed`);
  };
  count('module', old.modules, next.modules);
  count('lesson', old.lessons, next.lessons);
  const questionIds = (o: Outline) => [...o.practice, ...o.bank].map((q) => q.id);
  count('question', questionIds(old), questionIds(next));

  const losses: string[] = [];
  const notes: string[] = [];
  for (const [kind, before, after] of [['practice', old.practice, next.practice], ['bank', old.bank, next.bank]] as const) {
    for (const q of after) {
      const was = before.find((b) => b.id === q.id);
      const lost = was && lostAnswers(was, q);
      if (lost) losses.push(`question ${q.id}: ${lost}; the officer answers it again${kind === 'bank' ? ' (in an attempt under way)' : ''}`);
    }
  }
  if (losses.length) changes.push(`${plural(losses.length, 'question')} changed`);

  if (next.lessons.some((id) => !old.lessons.includes(id))) {
    // The assessment opens once every lesson is (progress.ts).
    notes.push('an officer who had opened every lesson opens the new ones before the final assessment (an attempt under way waits)');
  }
  if (next.draw !== old.draw) {
    changes.push(`draw ${old.draw} → ${next.draw} questions`);
    notes.push(next.draw < old.draw
      ? `an attempt under way keeps its first ${next.draw} questions and their answers`
      : `an attempt under way gets ${plural(next.draw - old.draw, 'more question')}`);
  }
  const bankRemoved = old.bank.some((q) => !next.bank.some((n) => n.id === q.id));
  if (bankRemoved) notes.push('an attempt under way that drew a removed question gets another from the bank in its place');
  if (next.attempts !== old.attempts) {
    changes.push(`attempts ${attemptsText(old.attempts)} → ${attemptsText(next.attempts)}`);
    const fewer = next.attempts > 0 && (old.attempts === 0 || next.attempts < old.attempts);
    if (fewer) losses.push(`fewer attempts: an officer who has used ${next.attempts} has none left (not yet passed: recorded as failed) and an attempt under way is dropped`);
    else notes.push('an officer who had used every attempt may try again');
  }
  if (next.passMark !== old.passMark) {
    changes.push(`pass mark ${old.passMark}% → ${next.passMark}%`);
    if (next.passMark > old.passMark) losses.push(`higher pass mark: an officer in progress whose best score is below ${next.passMark}% has not passed yet (a pass already recorded in the LMS stays)`);
    else notes.push(`an officer whose best score reaches ${next.passMark}% now passes`);
  }

  const what = changes.length ? changes.join(', ') : old.version === next.version ? 'the same content' : 'the same lessons, questions and rules';
  const verdict = losses.length ? 'officers in progress keep their progress, except:' : 'officers in progress keep their progress';
  return [
    `Compared with the previous build (version ${old.version}): ${what}: ${verdict}`,
    ...losses.map((l) => `  ! ${l}`),
    ...notes.map((n) => `  - ${n}`),
  ];
}

/** Why saved answers to `before` no longer read as `after`, or '' when they still do (response-codec.ts). */
function lostAnswers(before: QuestionOutline, after: QuestionOutline): string {
  if (before.type !== after.type) return `now a ${after.type} question, was ${before.type}: saved answers to it are dropped`;
  const removed = before.parts.filter((p) => !after.parts.includes(p));
  const added = after.parts.filter((p) => !before.parts.includes(p));
  switch (after.type) {
    case 'single':
    case 'multiple':
      return removed.length ? `option ${removed.join(', ')} removed: saved answers that chose it are dropped` : '';
    case 'branching':
      return removed.length ? 'choices removed or leading elsewhere: saved answers that took them are dropped' : '';
    case 'matching':
    case 'sequencing':
      // The answer orders or matches every part: any part added or removed leaves it incomplete.
      return removed.length || added.length ? `${after.type === 'matching' ? 'pairs' : 'items'} changed: saved answers to it are dropped` : '';
    case 'truefalse':
      return '';
  }
}
