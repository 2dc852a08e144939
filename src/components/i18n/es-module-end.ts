import type { enModuleEnd } from './en-module-end.js';

/** Textos del resumen, la guía rápida y el certificado; la misma forma que el catálogo en inglés. */
export const esModuleEnd: typeof enModuleEnd = {
  summaryTitle: 'Resumen',
  jobAid: 'Guía rápida',
  jobAidOf: (title: string) => `Guía rápida: ${title}`,
  openJobAid: (title: string) => `Abrir la guía rápida: ${title}`,
  printJobAid: 'Imprimir la guía rápida',
  jobAidNotFound: 'Esta guía rápida ya no está en el curso.',
  backToModule: 'Volver al módulo',
  certificateFirm: 'Empresa',
  certificateSite: 'Lugar de trabajo',
};
