/** The packages a build leaves in its out folder, found by name. */
import { existsSync, readdirSync } from 'node:fs';
import { isTargetId, type TargetId } from './targets.js';
import { targetOfZip } from './unpack.js';

export interface PackageEntry {
  /** File or folder name in the out folder. */
  name: string;
  target: TargetId;
  /** The zip, or the unzipped copy of a target with `folder` (the web build). */
  kind: 'zip' | 'folder';
}

/** The packages in `out`: `<course-id>-<target>.zip` and their unzipped `<course-id>-<target>/` folders. */
export function packagesIn(out: string): PackageEntry[] {
  if (!existsSync(out)) return [];
  return readdirSync(out, { withFileTypes: true }).flatMap((entry): PackageEntry[] => {
    const zipTarget = targetOfZip(entry.isDirectory() ? `${entry.name}.zip` : entry.name);
    if (zipTarget === undefined || !isTargetId(zipTarget)) return [];
    return [{ name: entry.name, target: zipTarget, kind: entry.isDirectory() ? 'folder' : 'zip' }];
  });
}
