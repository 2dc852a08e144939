/**
 * New ids for a scaffold: none already in the course, and none sharing a
 * saved-state code with one (src/session/state-codes.ts: the build refuses
 * ids whose codes collide, so a fresh id must not).
 */
import { ID_MAX_LENGTH } from '../../../src/content/ids.js';
import { idCode, ITEM_CODE, PART_CODE } from '../../../src/session/state-codes.js';

/** Room left for a `_12` suffix within the id length limit (ids.ts). */
const BASE_LENGTH = ID_MAX_LENGTH - 4;

export class FreshIds {
  private readonly ids = new Set<string>();
  private readonly codes = new Set<string>();

  constructor(taken: Iterable<string>) {
    for (const id of taken) this.take(id);
  }

  /** `base1`, `base2`… : the first free one (`m9_q_` → `m9_q_1`). */
  numbered(base: string): string {
    return this.first((n) => `${base.slice(0, BASE_LENGTH)}${n}`, 1);
  }

  /** `base` itself when free, else `base_2`, `base_3`… */
  named(base: string): string {
    const short = base.slice(0, BASE_LENGTH).replace(/_+$/, '');
    return this.first((n) => (n === 1 ? short : `${short}_${n}`), 1);
  }

  private first(candidate: (n: number) => string, n: number): string {
    for (; ; n++) {
      const id = candidate(n);
      if (this.free(id)) return this.take(id);
    }
  }

  private free(id: string): boolean {
    return !this.ids.has(id) && !this.codes.has(itemCode(id)) && !this.codes.has(partCode(id));
  }

  private take(id: string): string {
    this.ids.add(id);
    this.codes.add(itemCode(id));
    this.codes.add(partCode(id));
    return id;
  }
}

// Codes of both lengths kept apart by their length.
const itemCode = (id: string) => idCode(id, ITEM_CODE);
const partCode = (id: string) => idCode(id, PART_CODE);
