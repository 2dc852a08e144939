/**
 * A failed build leaves no package in the out folder: a trainer who sees an
 * error beside a zip could upload that zip believing it is the new build
 * (issue 10). The removed build's outline is kept in a hidden file, so the next
 * successful build still says what replacing the package officers have means.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { previousBuild, REMOVED_BUILD_FILE } from './outline.js';
import { packagesIn } from './package-files.js';
import { displayPath } from './paths.js';

/**
 * Removes every package and the staging folder from `out`, first saving the
 * outline of the newest one; returns the names removed, sorted.
 */
export async function removePackages(out: string): Promise<string[]> {
  const found = packagesIn(out);
  if (found.length > 0) {
    const previous = await previousBuild(out);
    // A second failure in a row finds no package: the record of the first one stays.
    if (previous.found !== 'none') writeFileSync(join(out, REMOVED_BUILD_FILE), `${JSON.stringify(previous)}\n`);
  }
  for (const p of found) rmSync(join(out, p.name), { recursive: true, force: true });
  // The staged copies are whole unzipped packages too.
  if (existsSync(out)) rmSync(join(out, '.stage'), { recursive: true, force: true });
  return found.map((p) => p.name).sort();
}

/** The line a failed build prints after its error, or undefined when nothing was removed. */
export function removedNote(out: string, removed: string[]): string | undefined {
  if (removed.length === 0) return undefined;
  return `removed the packages of the previous build from ${displayPath(out)}/ (${removed.join(', ')}) so none is uploaded by mistake`;
}
