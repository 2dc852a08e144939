/** Interface strings shown while a part of the course loads or after it failed to (part of the English catalogue). */
export const enContentStatus = {
  contentLoading: 'Loading…',
  contentFailedTitle: 'This part of the course did not load',
  contentFailedText: 'The connection may be slow or down. You keep your place and your progress.',
  contentRetry: 'Try again',
};
