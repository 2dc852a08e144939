/**
 * The whole course played one learner action at a time, through the UI
 * (the clicks of `learner.ts`), so a test can end the page between any two
 * actions. It works out what to do next from the screen, so it carries on
 * after a relaunch from wherever the course resumed.
 */
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { answer, attest, buttonNamed, click, contentShown, currentView, t, unchecked, visibleQuestions } from './learner.js';
import { nextTask } from '../../support/settle.js';


/** What the learner has done, as the course keeps it. */
export interface LearnerProgress {
  visited: string[];
  practice: string[];
  /** Assessment attempt in progress: its draw seed and the questions answered in it. */
  attempt: { seed: number; answered: string[] } | null;
  attemptsUsed: number;
  attested: boolean;
}

export function progressOf(player: FlPlayer): LearnerProgress {
  const { state } = player.controller!.session;
  return {
    visited: [...state.visited],
    practice: [...state.practice.keys()],
    attempt: state.current ? { seed: state.current.seed, answered: [...state.current.answers.keys()] } : null,
    attemptsUsed: state.attemptsUsed,
    attested: state.attestedAt !== null,
  };
}

/** What of `expected` is missing from `actual` (empty when nothing is). */
export function missing(actual: LearnerProgress, expected: LearnerProgress): string[] {
  const lost: string[] = [];
  for (const id of expected.visited) if (!actual.visited.includes(id)) lost.push(`lesson ${id}`);
  for (const id of expected.practice) if (!actual.practice.includes(id)) lost.push(`practice answer ${id}`);
  if (actual.attemptsUsed < expected.attemptsUsed) lost.push(`attempts used ${expected.attemptsUsed}`);
  if (expected.attested && !actual.attested) lost.push('the attestation');
  // Answers of the attempt in progress count unless that attempt was submitted since.
  if (expected.attempt && expected.attempt.answered.length > 0 && actual.attemptsUsed === expected.attemptsUsed) {
    if (actual.attempt?.seed !== expected.attempt.seed) lost.push(`attempt ${expected.attempt.seed}`);
    else for (const id of expected.attempt.answered) if (!actual.attempt.answered.includes(id)) lost.push(`final answer ${id}`);
  }
  return lost;
}

const settle = () => nextTask();
const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/** The screen is rendered and painted: a learner acts only on what they can see. */
async function shown(player: FlPlayer): Promise<void> {
  await contentShown(player);
  await (currentView(player) as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  await nextFrame();
  await settle();
}

/**
 * Yields a short description after each learner action, until the course is
 * passed and attested. `player` is asked again before every action (a relaunch
 * replaces it).
 */
export async function* playThrough(player: () => FlPlayer): AsyncGenerator<string> {
  for (let actions = 0; actions < 400; actions++) {
    const p = player();
    await shown(p);
    const root = p.shadowRoot!;
    const cover = root.querySelector('#view > fl-cover');
    if (cover) {
      await click(buttonNamed(cover.shadowRoot!, t.coverStart) ?? buttonNamed(cover.shadowRoot!, t.resumeContinue), 'Start or Continue');
      continue;
    }
    const c = p.controller!;
    const verdict = c.session.progress();
    if (c.session.state.attestedAt) return;
    switch (c.place.view) {
      case 'lesson':
      case 'check': {
        const q = visibleQuestions(p).find(unchecked);
        const checkAll = buttonNamed(currentView(p).shadowRoot!, t.checkAnswers);
        if (checkAll) {
          // A knowledge check is one step: every question answered, then its one Check answers.
          for (const question of visibleQuestions(p).filter(unchecked)) await answer(question, true);
          await click(checkAll, 'Check answers');
          yield `check ${c.place.id}`;
        } else if (q) {
          await answer(q, true);
          const check = buttonNamed(q.shadowRoot!, t.checkAnswer);
          if (check) await click(check, 'Check answer');
          yield `practice ${q.question.id}`;
        } else {
          await click(buttonNamed(root, t.next), 'Next');
          yield `next from ${c.place.view}`;
        }
        break;
      }
      case 'assessment': {
        const answered = c.session.state.current?.answers;
        const q = visibleQuestions(p).find((question) => !answered?.has(question.question.id));
        const nextQuestion = buttonNamed(currentView(p).shadowRoot!, t.nextQuestion);
        if (q) {
          await answer(q, true);
          yield `final answer ${q.question.id}`;
        } else if (nextQuestion && !nextQuestion.disabled) {
          await click(nextQuestion, 'Next question');
          yield 'next question';
        } else {
          await click(buttonNamed(currentView(p).shadowRoot!, t.submit), 'Submit answers');
          yield 'submit';
        }
        break;
      }
      case 'attestation': {
        const view = currentView(p);
        await click(view.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? undefined, 'the attestation box');
        await shown(p);
        await click(buttonNamed(view.shadowRoot!, t.attestationConfirm), 'Confirm');
        yield 'attest';
        break;
      }
      default:
        if (!verdict.awaitingAttestation) throw new Error(`stuck at ${c.place.view}`);
        await attest(p);
        yield 'attest';
    }
  }
  throw new Error('the play-through never ended');
}
