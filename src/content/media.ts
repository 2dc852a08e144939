/**
 * The pictures a course ships: which files may be used, how large, and their
 * intrinsic size read from the file's own header. Pure (bytes in, numbers
 * out): the build reads `modules/media/` (scripts/lib/media/), the validator
 * checks each image against what was read.
 */

/** Authors write `media/name.svg`; the build copies `modules/media/` to `media/` in every package. */
export const MEDIA_FOLDER = 'media';

/** The cover screen's illustration: shipped though no lesson shows it. */
export const COVER_IMAGE = `${MEDIA_FOLDER}/cover.svg`;

/** File endings a course may use, with the type the package serves them as. */
export const MEDIA_TYPES = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
export type MediaExtension = keyof typeof MEDIA_TYPES;

/** Per picture: every image counts against the package budget, and officers open the course on phone data. */
export const MAX_IMAGE_BYTES = 200 * 1024;

/** What the build read of one file in `modules/media/`. */
export interface MediaFile {
  bytes: number;
  /** Of the file's bytes, so the content version changes when a picture is redrawn. */
  digest: string;
  /** Absent when the header could not be read (a damaged file or an SVG with neither viewBox nor width and height). */
  size?: { width: number; height: number };
}

/** Files by their path in the package (`media/radio.svg`). */
export type MediaCatalogue = ReadonlyMap<string, MediaFile>;

export function extensionOf(name: string): string {
  return /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

export function isMediaExtension(ext: string): ext is MediaExtension {
  return Object.hasOwn(MEDIA_TYPES, ext);
}

/** Width and height in CSS pixels from the file's header, or undefined when it cannot be read. */
export function imageSize(data: Uint8Array, ext: MediaExtension): { width: number; height: number } | undefined {
  switch (ext) {
    case 'svg':
      return svgSize(new TextDecoder().decode(data));
    case 'png':
      return pngSize(data);
    case 'jpg':
    case 'jpeg':
      return jpegSize(data);
    case 'webp':
      return webpSize(data);
  }
}

const positive = (width: number, height: number) => (width > 0 && height > 0 && Number.isFinite(width + height) ? { width: Math.round(width), height: Math.round(height) } : undefined);

/** SVG 2 8.2: width and height on the root element, or else the viewBox's (min-x min-y width height). */
function svgSize(text: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const px = (value: string | undefined) => (value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? parseFloat(value) : NaN);
  const sized = positive(px(attr('width')), px(attr('height')));
  if (sized) return sized;
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  return box?.length === 4 ? positive(box[2]!, box[3]!) : undefined;
}

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

/** PNG (ISO/IEC 15948 11.2.2): the signature, then the IHDR chunk with width and height as 4-byte big-endian numbers. */
function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || signature.some((b, i) => data[i] !== b)) return undefined;
  return positive(view(data).getUint32(16), view(data).getUint32(20));
}

/** JPEG (ITU T.81 B.2.2): walk the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC), which holds height then width. */
function jpegSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  const d = view(data);
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return undefined;
    const marker = data[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return positive(d.getUint16(i + 7), d.getUint16(i + 5));
    i += 2 + d.getUint16(i + 2);
  }
  return undefined;
}

/** WebP (RFC 9649): RIFF….WEBP, then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk. */
function webpSize(data: Uint8Array): { width: number; height: number } | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to));
  if (data.length < 30 || ascii(0, 4) !== 'RIFF' || ascii(8, 12) !== 'WEBP') return undefined;
  const d = view(data);
  switch (ascii(12, 16)) {
    case 'VP8 ': // RFC 6386 9.1: 14-bit width and height after the start code.
      return positive(d.getUint16(26, true) & 0x3fff, d.getUint16(28, true) & 0x3fff);
    case 'VP8L': { // RFC 9649 3.7.1: 14-bit width − 1 and height − 1 after the signature byte.
      const bits = d.getUint32(21, true);
      return positive((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    case 'VP8X': { // RFC 9649 2.7: 24-bit canvas width − 1 and height − 1.
      const u24 = (at: number) => data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16);
      return positive(u24(24) + 1, u24(27) + 1);
    }
    default:
      return undefined;
  }
}
