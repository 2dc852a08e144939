/** Interface strings of the cover, the header menu, the skip link and the ending (part of the English catalogue). */
export const enShell = {
  skipToLesson: 'Skip to lesson',
  menu: 'Menu',
  coverWhat: 'What you will be able to do',
  coverModules: 'Modules',
  coverTotal: (minutes: number) => `About ${minutes} minutes in total, including the final assessment. You can stop at any time: your place is saved.`,
  coverTimeLabel: 'Time',
  coverPassLabel: 'How to pass',
  coverPass: (passMark: number, questions: number, attempts: number) =>
    `Score at least ${passMark}% in the final assessment of ${questions} questions. ` +
    (attempts === 0 ? 'You can take it as many times as you need.' : attempts === 1 ? 'You have one attempt.' : `You have ${attempts} attempts.`),
  coverNoAssessment: 'Open every lesson.',
  coverFinishLabel: 'How to finish',
  coverFinish: (attest: boolean): string =>
    attest ? 'Confirm your responsibilities, then print or save your certificate and press Finish.' : 'Print or save your certificate, then press Finish.',
  coverStart: 'Start the course',
  coverProgress: (percent: number) => `You are ${percent}% of the way through.`,
  completedTitle: 'You completed this course',
  completedOn: (date: string) => `Completed on ${date}.`,
  completedScore: (percent: number) => `Your score: ${percent}%.`,
  completedRevisit: 'Look through the course again',
  finish: 'Finish',
  finishHint: 'Finish ends your session and records that you are done.',
  finishedTitle: 'You have finished the course',
  finishedText: 'Your completion is recorded. You can close this window now.',
};
