/**
 * Every interface string, in English. Other languages copy this shape
 * (the `Strings` type makes a missing key a compile error).
 */
export const en = {
  checkAnswer: 'Check answer',
  correct: 'Correct',
  incorrect: 'Not quite',
  yourAnswer: 'Your answer',
  correctAnswer: 'Correct answer',
  trueLabel: 'True',
  falseLabel: 'False',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose all that apply.',
  matchEach: 'Match each item with the right answer.',
  selectPlaceholder: 'Choose…',
  putInOrder: 'Put these steps in the right order. Use the buttons to move a step up or down.',
  moveUp: (item: string) => `Move up: ${item}`,
  moveDown: (item: string) => `Move down: ${item}`,
  positionOf: (position: number, total: number) => `${position} of ${total}`,
  continueLabel: 'Continue',
  whatNext: 'What do you do?',
  scenario: 'Scenario',
  tip: 'Tip',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  knowledgeCheck: 'Knowledge check',
  notAnswered: 'Not answered',
  // Added for the question, lesson and check components.
  movedTo: (item: string, position: string) => `${item} moved to ${position}.`,
  correctAnswerIs: (answer: string) => `Correct answer: ${answer}`,
  rightPlace: 'In the right place',
  wrongPlace: 'Not in the right place',
  youChose: (choice: string) => `You chose: ${choice}`,
  bestChoice: 'Best choice',
  notBestChoice: 'Not the best choice',
  bestChoiceWas: (choice: string) => `Best choice: ${choice}`,
  yourDecisions: 'Your decisions',
  startAgain: 'Start again',
  up: 'Up',
  down: 'Down',
  knowledgeCheckTitle: (module: string) => `Knowledge check: ${module}`,
};

export type Strings = typeof en;
