import type { enContentStatus } from './en-content-status.js';

/** Textos mientras se carga una parte del curso o si no se pudo cargar; la misma forma que el catálogo en inglés. */
export const esContentStatus: typeof enContentStatus = {
  contentLoading: 'Cargando…',
  contentFailedTitle: 'Esta parte del curso no se cargó',
  contentFailedText: 'Puede que la conexión sea lenta o se haya cortado. No pierdes tu lugar ni tu avance.',
  contentRetry: 'Reintentar',
};
