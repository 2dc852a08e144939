import type { Course, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { correctResponse, isCorrect } from '../content/correctness.js';
import type { InteractionRecord, InteractionValue } from '../tracking/tracker.js';

/** Turns one answered question into the standard-neutral record trackers report. */
export function toInteraction(
  question: Question,
  response: Response,
  meta: { id: string; latencyMs: number; timestamp: Date; language: string; attempt?: number },
): InteractionRecord {
  const learner = toValue(response);
  return {
    id: meta.id,
    kind: 'answer',
    type: learner.type,
    description: question.prompt,
    objectiveId: question.objective,
    learnerResponse: learner,
    correctResponse: toValue(correctResponse(question)),
    correct: isCorrect(question, response),
    weighting: 1,
    latencyMs: Math.max(0, Math.round(meta.latencyMs)),
    timestamp: meta.timestamp,
    choices: choicesOf(question),
    language: meta.language,
    ...(meta.attempt === undefined ? {} : { attempt: { number: meta.attempt, questionId: question.id } }),
    ...(question.type === 'matching' ? { targets: question.pairs.map((p) => ({ id: p.target.id, text: p.target.text })) } : {}),
  };
}

function toValue(response: Response): InteractionValue {
  switch (response.type) {
    case 'single':
      return { type: 'choice', ids: [response.option] };
    case 'multiple':
      return { type: 'choice', ids: [...response.options] };
    case 'truefalse':
      return { type: 'true-false', value: response.value };
    case 'matching':
      return { type: 'matching', pairs: Object.entries(response.matches) };
    case 'sequencing':
      return { type: 'sequencing', ids: [...response.order] };
    case 'branching':
      return { type: 'performance', steps: response.path.map(({ step, choice }) => [step, choice]) };
  }
}

/** Ids offered to the learner, in authored order (SCORM 1.2 maps them to single characters by position). */
function choicesOf(question: Question): { id: string; text: string }[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map(({ id, text }) => ({ id, text }));
    case 'truefalse':
      return [];
    case 'matching':
      return question.pairs.map(({ id, prompt }) => ({ id, text: prompt }));
    case 'sequencing':
      return question.items.map(({ id, text }) => ({ id, text }));
    case 'branching':
      return question.steps.flatMap((step) => step.choices.map(({ id, text }) => ({ id: `${step.id}.${id}`, text })));
  }
}

/** The officer's attestation: a true-false interaction answered "true", with its time. */
export function attestationInteraction(course: Course, at: Date): InteractionRecord {
  return statement(course, 'attestation', 'attestation', `${course.attestation ?? ''} (course version ${course.version})`, { type: 'true-false', value: true }, at);
}

/** The id printed on the officer's certificate, recorded beside the attestation so the two can be matched. */
export function certificateInteraction(course: Course, at: Date, id: string): InteractionRecord {
  return statement(course, 'certificate', 'certificate', `Certificate id for "${course.title}"`, { type: 'fill-in', text: id }, at);
}

/**
 * Which version of the content this attempt was taken on, as the first
 * interaction of the attempt, so every LMS report row can be traced to it.
 */
export function versionInteraction(course: Course, at: Date): InteractionRecord {
  return statement(course, 'course-version', 'course_version', `Course version of "${course.title}"`, { type: 'fill-in', text: course.version }, at);
}

function statement(course: Course, kind: InteractionRecord['kind'], id: string, description: string, value: InteractionValue, at: Date): InteractionRecord {
  return {
    id,
    kind,
    type: value.type,
    description,
    objectiveId: course.id,
    learnerResponse: value,
    correctResponse: value,
    correct: true,
    weighting: 0,
    latencyMs: 0,
    timestamp: at,
    choices: [],
    language: course.language,
  };
}
