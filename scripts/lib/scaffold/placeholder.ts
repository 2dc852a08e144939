/**
 * The text a scaffold writes where the trainer still has to write: "TODO: "
 * and what to write. The validator refuses any text starting with TODO
 * (PLACEHOLDER in src/content/validate-read.ts), so a skeleton cannot ship.
 */
export const todo = (what: string): string => `TODO: ${what}`;
