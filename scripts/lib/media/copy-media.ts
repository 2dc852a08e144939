/** Puts the course's pictures into a package's staging folder, in the brand's colours. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionOf, isMediaExtension, type MediaCatalogue } from '../../../src/content/media.js';
import { recolourSvg, type BrandColours } from './recolour-svg.js';

/**
 * Copies every picture of `media` (paths as in the package, `media/radio.svg`)
 * from the course folder into `dir`, SVGs recoloured with `brand`. Files that
 * are not pictures are left out: the validator reported any image using one.
 */
export function copyMedia({ courseFolder, media, dir, brand = {} }: { courseFolder: string; media: MediaCatalogue; dir: string; brand?: BrandColours }): void {
  for (const path of media.keys()) {
    const ext = extensionOf(path);
    if (!isMediaExtension(ext)) continue;
    const from = join(courseFolder, path);
    const to = join(dir, path);
    mkdirSync(join(to, '..'), { recursive: true });
    if (ext === 'svg') writeFileSync(to, recolourSvg(readFileSync(from, 'utf8'), brand));
    else copyFileSync(from, to);
  }
}
