/**
 * Checks one picture (an image block, a graphic's or a scenario's picture)
 * against the files the build found in `modules/media/`.
 */
import { COVER_IMAGE, extensionOf, isMediaExtension, MAX_IMAGE_BYTES, MEDIA_FOLDER, MEDIA_TYPES, type MediaCatalogue } from './media.js';
import { at, FileChecker, type Problem, type Rec } from './validate-read.js';

/** The fields an author writes; `width` and `height` are read from the file by the build. */
export const IMAGE_FIELDS = ['src', 'alt', 'decorative', 'caption', 'width', 'height'];
/** How a trainer marks a picture that carries no information: `![decorative](media/…)` (modules/README.md). */
export const DECORATIVE_ALT = 'decorative';

const TYPES = Object.keys(MEDIA_TYPES).join(', ');

/** The media folder's files, and those the course shows (collected while its pictures are checked). */
export interface MediaUse {
  files: MediaCatalogue;
  shown: Set<string>;
}

export function checkImage(c: FileChecker, image: Rec, path: string, media: MediaUse): void {
  checkAlt(c, image, path);
  if (image['caption'] !== undefined) c.text(image, 'caption', path, 'the caption shown under the picture');
  const src = c.text(image, 'src', path, `the picture's file, e.g. ${MEDIA_FOLDER}/radio.svg`);
  if (src === undefined) return;
  // Reported here if anything is wrong with it, so not again as a file no lesson shows.
  media.shown.add(src);
  const p = at(path, 'src');
  const ext = extensionOf(src);
  if (!src.startsWith(`${MEDIA_FOLDER}/`) || src.includes('..')) {
    return c.problem(p, `"${src}" is not in the ${MEDIA_FOLDER} folder`, `put the file in modules/${MEDIA_FOLDER}/ and write ${MEDIA_FOLDER}/${src.replace(/^.*\//, '')}`);
  }
  if (!isMediaExtension(ext)) return c.problem(p, `"${src}" is not a picture type the course can show`, `save it as one of: ${TYPES}`);
  const file = media.files.get(src);
  if (!file) return c.problem(p, `"${src}" does not exist`, `add the file to modules/${MEDIA_FOLDER}/, or check the spelling of its name`);
  if (file.bytes > MAX_IMAGE_BYTES) {
    c.problem(p, `"${src}" is ${kb(file.bytes)}, over the ${kb(MAX_IMAGE_BYTES)} a picture may be`, 'make it smaller (fewer pixels, or SVG for a drawing): officers load the course on phone data');
  }
  if (!file.size) c.problem(p, `the size of "${src}" cannot be read from the file`, ext === 'svg' ? 'give its <svg> element a viewBox, e.g. viewBox="0 0 120 80"' : 'save the picture again: the file looks damaged');
}

/** WCAG 2.2 1.1.1 Non-text Content: a text alternative, or marked decorative so screen readers skip it. */
function checkAlt(c: FileChecker, image: Rec, path: string): void {
  const decorative = c.boolean(image, 'decorative', path, 'whether the picture is decorative', true);
  if (decorative === true) {
    if (image['alt'] !== undefined) c.problem(at(path, 'alt'), 'is given, but the picture is marked decorative', 'remove one: a decorative picture has no alt text');
    return;
  }
  if (image['alt'] === undefined || (typeof image['alt'] === 'string' && image['alt'].trim() === '')) {
    return c.problem(at(path, 'alt'), 'the picture has no alt text', `write what it shows in the [ ], e.g. ![A guard greets a visitor at the gate](…), or, if it shows nothing the text does not say, write ![${DECORATIVE_ALT}](…)`);
  }
  c.text(image, 'alt', path, 'what the picture shows');
}

/**
 * Every package carries the whole media folder, so a file no lesson shows
 * still weighs on every download: a stray file is a warning, and one over the
 * size limit an error. The cover's picture is shown by the player itself.
 */
export function checkMediaFolder(folder: string, out: Problem[], media: MediaUse): void {
  for (const [path, file] of media.files) {
    if (media.shown.has(path) || path === COVER_IMAGE) continue;
    const name = path.slice(MEDIA_FOLDER.length + 1);
    const where = { file: `${folder}/${name}`, path: '' };
    if (!isMediaExtension(extensionOf(path))) out.push({ ...where, severity: 'warning', message: 'is not a picture type the course can show, so no package carries it', fix: `save it as one of: ${TYPES}, or move it out of the ${MEDIA_FOLDER} folder` });
    else if (file.bytes > MAX_IMAGE_BYTES) out.push({ ...where, message: `is ${kb(file.bytes)}, over the ${kb(MAX_IMAGE_BYTES)} a picture may be, and every package would carry it`, fix: 'make it smaller, or move it out of the media folder: no lesson shows it' });
    else out.push({ ...where, severity: 'warning', message: 'no lesson shows this picture, but every package carries it', fix: `show it in a lesson with ![what it shows](${path}), or move it out of the ${MEDIA_FOLDER} folder` });
  }
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
