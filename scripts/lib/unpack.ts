/** Unpacks built zips: each `<course-id>-<target>.zip` into `<dest>/<target>/`. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import JSZip from 'jszip';

export interface Unpacked {
  target: string;
  zip: string;
  dir: string;
  files: string[];
}

/** `fixture_course-scorm12.zip` → `scorm12`. Course ids contain no `-` (ids.ts), so the last `-` splits. */
export function targetOfZip(name: string): string | undefined {
  return /^[a-z][a-z0-9_]*-([a-z0-9]+)\.zip$/.exec(name)?.[1];
}

/** Writes every entry of one zip under `dir` (emptied first); returns the entry names. */
export async function unzipTo(zipFile: string, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const root = resolve(dir) + sep;
  const files: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const path = resolve(dir, entry.name);
    if (!path.startsWith(root)) throw new Error(`${zipFile}: entry ${entry.name} points outside the package`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await entry.async('nodebuffer'));
    files.push(entry.name);
  }
  return files.sort();
}

/** Unpacks every package in `dist` into `dest/<target>/`. */
export async function unpackPackages(dist: string, dest: string): Promise<Unpacked[]> {
  const zips = readdirSync(dist).filter((n) => n.endsWith('.zip')).sort();
  const byTarget = new Map<string, string>();
  for (const name of zips) {
    const target = targetOfZip(name);
    if (target === undefined) throw new Error(`${join(dist, name)}: not named <course-id>-<target>.zip`);
    const other = byTarget.get(target);
    if (other) throw new Error(`${dist} holds two ${target} packages (${other}, ${name}): delete the stale one`);
    byTarget.set(target, name);
  }
  const unpacked: Unpacked[] = [];
  for (const [target, name] of byTarget) {
    const dir = join(dest, target);
    unpacked.push({ target, zip: join(dist, name), dir, files: await unzipTo(join(dist, name), dir) });
  }
  return unpacked;
}
