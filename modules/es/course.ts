import { defineCourseTranslation } from '../../src/content/define.js';

// Spanish texts of ../course.ts. Plain Latin American Spanish, "tú".
export default defineCourseTranslation({
  title: 'Atención al cliente para guardias de seguridad',
  description:
    'Aprende a mantener seguras a las personas y, al mismo tiempo, hacer que se sientan bienvenidas. Vas a practicar el primer contacto, cómo ganar confianza, la comunicación clara, cómo actuar a tiempo, cómo calmar un conflicto, cómo mantener límites profesionales y cómo manejar incidentes para que los hechos queden claros.',
  attestation:
    'Leí este curso y entiendo mis deberes. Voy a mantener seguras a las personas y a tratar a cada visitante con respeto. Voy a mantener la calma, escuchar, explicar las reglas con claridad, mantener límites profesionales y reportar los incidentes con datos exactos.',
  assessment: {
    title: 'Evaluación final',
  },
});
