/**
 * Where each part of a course file was written: a map from the validator's
 * structural path (`lessons[1].blocks[2].question.options[0].feedback`, see
 * src/content/validate-read.ts `at`) to its 1-based line and column.
 */
export interface Position {
  line: number;
  column: number;
}

export type PositionMap = Map<string, Position>;

/** Where a Markdown node starts (mdast positions are 1-based, as editors count). */
export const startOf = (node: { position?: { start: Position } }): Position => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** The position of `path`, or of the nearest part that contains it (a missing key is reported where its item starts). */
export function positionOf(positions: PositionMap, path: string): Position | undefined {
  for (let p = path; ; p = parentPath(p)) {
    const found = positions.get(p);
    if (found || p === '') return found;
  }
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``. */
export function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

