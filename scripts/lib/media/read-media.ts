/**
 * The course's pictures on disk: `modules/media/` read into the catalogue the
 * validator checks images against, and each image's intrinsic size written
 * into the content so the player can reserve its space.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extensionOf, imageSize, isMediaExtension, MEDIA_FOLDER, type MediaCatalogue, type MediaFile } from '../../../src/content/media.js';

/** Every file of `<course folder>/media/` by its path in the package (`media/radio.svg`); none when there is no such folder. */
export function readMedia(courseFolder: string): Map<string, MediaFile> {
  const folder = join(courseFolder, MEDIA_FOLDER);
  const files = new Map<string, MediaFile>();
  if (!existsSync(folder)) return files;
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (name.startsWith('.') || !statSync(path).isFile()) continue;
    const ext = extensionOf(name);
    const data = readFileSync(path);
    const size = isMediaExtension(ext) ? imageSize(data, ext) : undefined;
    files.set(`${MEDIA_FOLDER}/${name}`, { bytes: data.length, digest: createHash('sha256').update(data).digest('hex'), ...(size && { size }) });
  }
  return files;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The module with `width` and `height` on every picture of its lessons (image blocks, graphics, scenarios), from the catalogue. */
export function withImageSizes(module: unknown, media: MediaCatalogue): unknown {
  if (!isRec(module) || !Array.isArray(module['lessons'])) return module;
  const sized = (image: unknown): unknown => {
    const size = isRec(image) && typeof image['src'] === 'string' ? media.get(image['src'])?.size : undefined;
    return size && isRec(image) ? { ...image, width: size.width, height: size.height } : image;
  };
  const block = (b: unknown): unknown => {
    if (!isRec(b)) return b;
    if (b['kind'] === 'image') return sized(b);
    return b['image'] === undefined ? b : { ...b, image: sized(b['image']) };
  };
  const lessons = module['lessons'].map((l) => (isRec(l) && Array.isArray(l['blocks']) ? { ...l, blocks: l['blocks'].map(block) } : l));
  return { ...module, lessons };
}
