import { idCode, PART_CODE } from '../../../src/session/state-codes.js';

/** Two option ids with the same saved-state code, found by trying (36³ codes: a few hundred tries). */
export function collidingOptionIds(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const id = `opt_${i}`;
    const other = seen.get(idCode(id, PART_CODE));
    if (other) return [other, id];
    seen.set(idCode(id, PART_CODE), id);
  }
}
