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
  // One check for a whole knowledge check, the sequencing confirm and the matching warning.
  checkAnswers: 'Check answers',
  answerFirst: (numbers: number[]) =>
    numbers.length === 1
      ? `Question ${numbers[0]} is not answered yet. Answer it, then check your answers.`
      : `Questions ${listOf(numbers, 'and')} are not answered yet. Answer them, then check your answers.`,
  putInOrderConfirm:
    'Put these steps in the right order with the Up and Down buttons. If the order shown is already right, press "This order is right".',
  confirmOrder: 'This order is right',
  orderSaved: 'Your order is saved as your answer. You can still move steps.',
  usedTwice: (choice: string) => `You chose "${choice}" more than once. Each answer fits one item.`,
};

export type Strings = typeof en;

/** "1, 2 and 3": numbers joined for a sentence. */
export function listOf(items: (string | number)[], and: string): string {
  const words = items.map(String);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}
