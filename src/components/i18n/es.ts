import { listOf, type Strings } from './en.js';

/**
 * Question and lesson strings in Spanish: plain Latin American Spanish,
 * addressing the officer as "tú" throughout (the course speaks to one person,
 * informally, as the English does). Typed as the English shape, so a key added
 * to en.ts and missing here is a compile error.
 */
export const es: Strings = {
  checkAnswer: 'Revisar respuesta',
  correct: 'Correcto',
  incorrect: 'No del todo',
  yourAnswer: 'Tu respuesta',
  correctAnswer: 'Respuesta correcta',
  trueLabel: 'Verdadero',
  falseLabel: 'Falso',
  chooseOne: 'Elige una respuesta.',
  chooseAll: 'Elige todas las que correspondan.',
  matchEach: 'Une cada elemento con la respuesta correcta.',
  selectPlaceholder: 'Elige…',
  putInOrder: 'Pon estos pasos en el orden correcto. Usa los botones para subir o bajar un paso.',
  moveUp: (item: string) => `Subir: ${item}`,
  moveDown: (item: string) => `Bajar: ${item}`,
  positionOf: (position: number, total: number) => `${position} de ${total}`,
  continueLabel: 'Continuar',
  whatNext: '¿Qué haces?',
  scenario: 'Situación',
  tip: 'Consejo',
  questionOf: (n: number, total: number) => `Pregunta ${n} de ${total}`,
  knowledgeCheck: 'Repaso',
  notAnswered: 'Sin responder',
  // `position` is positionOf(): "ahora en la posición 2 de 4".
  movedTo: (item: string, position: string) => `${item}: ahora en la posición ${position}.`,
  correctAnswerIs: (answer: string) => `Respuesta correcta: ${answer}`,
  rightPlace: 'En el lugar correcto',
  wrongPlace: 'No está en el lugar correcto',
  youChose: (choice: string) => `Elegiste: ${choice}`,
  bestChoice: 'La mejor opción',
  notBestChoice: 'No es la mejor opción',
  bestChoiceWas: (choice: string) => `Mejor opción: ${choice}`,
  yourDecisions: 'Tus decisiones',
  startAgain: 'Empezar de nuevo',
  up: 'Subir',
  down: 'Bajar',
  knowledgeCheckTitle: (module: string) => `Repaso: ${module}`,
  checkAnswers: 'Revisar respuestas',
  answerFirst: (numbers: number[]) =>
    numbers.length === 1
      ? `Falta responder la pregunta ${numbers[0]}. Respóndela y luego revisa tus respuestas.`
      : `Falta responder las preguntas ${listOf(numbers, 'y')}. Respóndelas y luego revisa tus respuestas.`,
  putInOrderConfirm:
    'Pon estos pasos en el orden correcto con los botones Subir y Bajar. Si el orden que ves ya es el correcto, pulsa "Este orden es correcto".',
  confirmOrder: 'Este orden es correcto',
  orderSaved: 'Tu orden quedó guardado como respuesta. Todavía puedes mover los pasos.',
  usedTwice: (choice: string) => `Elegiste "${choice}" más de una vez. Cada respuesta va con un solo elemento.`,
};
