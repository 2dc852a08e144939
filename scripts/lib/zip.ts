/**
 * Deterministic zips: the same files always give the same bytes, so two builds
 * of the same sources have the same sha256 (TOOLCHAIN: sorted entries, one fixed
 * date, no folder entries, no permissions, DOS platform).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

/** 1980-01-01, the earliest date a zip (DOS) timestamp can hold (APPNOTE 4.4.6). */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/** SOURCE_DATE_EPOCH (reproducible-builds.org): the build's date as the sources give it, never the wall clock; undefined when unset. */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const seconds = Number(env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(seconds) && env['SOURCE_DATE_EPOCH'] !== '' ? new Date(seconds * 1000) : undefined;
}

/** The date stamped on every entry: SOURCE_DATE_EPOCH or 1980-01-01. */
export function zipDate(env: NodeJS.ProcessEnv = process.env): Date {
  return new Date(Math.max(sourceDate(env)?.getTime() ?? DOS_EPOCH, DOS_EPOCH));
}

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
    })
    .sort();
}

/** Zips every file under `dir` into `outFile`; returns the zip's entry names. */
export async function zipDirectory(dir: string, outFile: string, date = zipDate()): Promise<string[]> {
  const zip = new JSZip();
  const files = listFiles(dir);
  for (const name of files) {
    zip.file(name, readFileSync(join(dir, name)), { date, createFolders: false, unixPermissions: null, dosPermissions: null });
  }
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
  writeFileSync(outFile, bytes);
  return files;
}
