/** One translatable text of the course: its key in the translation files, the English, and where the translation goes. */
export interface Unit {
  key: string;
  /** The English text. */
  source: string;
  /** Where the translated text goes in the module's (or course's) translation. */
  target: (string | number)[];
}
