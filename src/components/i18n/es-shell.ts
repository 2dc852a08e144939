import type { enShell } from './en-shell.js';

/** Cover, header menu, skip link and ending strings in Spanish ("tú", as in es.ts). */
export const esShell: typeof enShell = {
  skipToLesson: 'Saltar a la lección',
  menu: 'Menú',
  coverWhat: 'Qué vas a poder hacer',
  coverModules: 'Módulos',
  coverTotal: (minutes: number) => `Unos ${minutes} minutos en total, con la evaluación final. Puedes parar cuando quieras: tu lugar se guarda.`,
  coverTimeLabel: 'Tiempo',
  coverPassLabel: 'Cómo aprobar',
  coverPass: (passMark: number, questions: number, attempts: number) =>
    `Saca al menos un ${passMark}% en la evaluación final de ${questions} preguntas. ` +
    (attempts === 0 ? 'Puedes hacerla todas las veces que necesites.' : attempts === 1 ? 'Tienes un intento.' : `Tienes ${attempts} intentos.`),
  coverNoAssessment: 'Abre todas las lecciones.',
  coverFinishLabel: 'Cómo terminar',
  coverFinish: (attest: boolean) =>
    attest ? 'Confirma tus responsabilidades, imprime o guarda tu certificado y pulsa Terminar.' : 'Imprime o guarda tu certificado y pulsa Terminar.',
  coverStart: 'Empezar el curso',
  coverProgress: (percent: number) => `Llevas un ${percent}% del curso.`,
  completedTitle: 'Completaste este curso',
  completedOn: (date: string) => `Lo completaste el ${date}.`,
  completedScore: (percent: number) => `Tu nota: ${percent}%.`,
  completedRevisit: 'Repasar el curso',
  finish: 'Terminar',
  finishHint: 'Terminar cierra tu sesión y registra que acabaste.',
  finishedTitle: 'Terminaste el curso',
  finishedText: 'Tu curso completado quedó registrado. Ya puedes cerrar esta ventana.',
};
