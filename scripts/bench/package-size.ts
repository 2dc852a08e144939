/** What a learner's browser downloads: the gzip size of a package's JS and CSS, read from the zip itself. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';

const CODE = /\.(m?js|css)$/;

export interface PackageSize {
  zipBytes: number;
  /** Sum over the JS and CSS files of each one gzipped at level 9, as a server would send them. */
  jsCssGzipBytes: number;
  /** The files counted. */
  counted: string[];
}

export async function packageSize(zipFile: string): Promise<PackageSize> {
  const bytes = readFileSync(zipFile);
  const zip = await JSZip.loadAsync(bytes);
  const counted = Object.values(zip.files).filter((f) => !f.dir && CODE.test(f.name)).map((f) => f.name).sort();
  let jsCssGzipBytes = 0;
  for (const name of counted) jsCssGzipBytes += gzipSync(await zip.file(name)!.async('nodebuffer'), { level: 9 }).length;
  return { zipBytes: bytes.length, jsCssGzipBytes, counted };
}
