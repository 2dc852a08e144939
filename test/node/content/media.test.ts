// Pictures in a module file, as a trainer writes them: an image paragraph, a
// decorative one, a scenario's picture and a labelled graphic read into the
// course with their size from the file; each mistake named with its file,
// line and field.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { displayPath } from '../../../scripts/lib/paths.js';
import { formatProblem } from '../../../src/content/validate.js';
import { MAX_IMAGE_BYTES } from '../../../src/content/media.js';
import { moduleUnits } from '../../../src/content/translation-units.js';
import type { Block } from '../../../src/content/types.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160"><rect width="240" height="160" fill="#0B3D91"/></svg>';
/** A 1×1 PNG's signature and IHDR chunk, then the size: 300 × 200. */
const png = (width: number, height: number) => {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
};

/** The fixture course with `markdown` written after the first lesson's first paragraph (then a paragraph, so a list there stays its own), and `media` in modules/media/. */
async function withPictures(markdown: string, media: Record<string, string | Buffer> = { 'radio.svg': SVG }) {
  const anchor = 'Visitors decide within seconds whether they feel welcome.\n';
  const dir = copyFixtureCourse((name, text) => (name === '01-greeting.md' ? replaceOnce(text, anchor, `${anchor}\n${markdown}\n\nAfter the pictures.\n`) : text));
  dirs.push(dir);
  mkdirSync(join(dir, 'media'));
  for (const [name, data] of Object.entries(media)) writeFileSync(join(dir, 'media', name), data);
  const loaded = await loadCourse(dir);
  const file = join(dir, '01-greeting.md');
  const text = readFileSync(file, 'utf8');
  const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const blocks = loaded.course.modules?.[0]?.lessons[0]?.blocks ?? [];
  return { ...loaded, lines: loaded.problems.map(formatProblem), file: displayPath(file), line, blocks };
}

describe('pictures in a module file', () => {
  test('an image paragraph becomes an image block with its alt text, caption and the size from the file', async () => {
    const r = await withPictures('![A handheld radio](media/radio.svg "Check it every shift.")');
    assert.deepEqual(r.lines, []);
    assert.deepEqual(r.blocks[1], { kind: 'image', src: 'media/radio.svg', alt: 'A handheld radio', caption: 'Check it every shift.', width: 240, height: 160 });
  });

  test('![decorative](…) marks a picture screen readers skip', async () => {
    const r = await withPictures('![decorative](media/radio.svg)');
    assert.deepEqual(r.lines, []);
    assert.deepEqual(r.blocks[1], { kind: 'image', src: 'media/radio.svg', decorative: true, width: 240, height: 160 });
  });

  test('a redrawn picture gives the course a new version', async () => {
    const first = await withPictures('![A handheld radio](media/radio.svg)');
    const redrawn = await withPictures('![A handheld radio](media/radio.svg)', { 'radio.svg': SVG.replace('#0B3D91', '#F2A900') });
    assert.notEqual(first.course.version, redrawn.course.version);
  });

  test('a PNG is sized from its header', async () => {
    const r = await withPictures('![The site map](media/map.png)', { 'map.png': png(300, 200) });
    assert.deepEqual(r.lines, []);
    assert.deepEqual([(r.blocks[1] as { width: number }).width, (r.blocks[1] as { height: number }).height], [300, 200]);
  });

  test('a picture without alt text is an error naming the file, line and field', async () => {
    const r = await withPictures('![](media/radio.svg)');
    assert.equal(r.lines.length, 1);
    assert.match(r.lines[0]!, new RegExp(`^${r.file}:${r.line('![](media')}:1: lesson first_seconds, block 2: alt: the picture has no alt text — write what it shows in the \\[ \\]`));
    assert.match(r.lines[0]!, /!\[decorative\]/, 'the fix names the decorative mark');
  });

  test('a missing file, a type the course cannot show, a file that is too big: each named with its file and field', async () => {
    const big = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!--${'x'.repeat(MAX_IMAGE_BYTES)}--></svg>`;
    const r = await withPictures(['![A radio](media/raido.svg)', '![A radio](media/radio.gif)', '![A radio](media/big.svg)', '![A radio](pictures/radio.svg)'].join('\n\n'), { 'radio.svg': SVG, 'radio.gif': 'GIF89a', 'big.svg': big });
    const where = (needle: string, n: number) => `${r.file}:${r.line(needle)}:1: lesson first_seconds, block ${n}: src: `;
    assert.deepEqual(r.lines, [
      `${where('media/raido', 2)}"media/raido.svg" does not exist — add the file to modules/media/, or check the spelling of its name`,
      `${where('radio.gif', 3)}"media/radio.gif" is not a picture type the course can show — save it as one of: svg, png, jpg, jpeg, webp`,
      `${where('big.svg', 4)}"media/big.svg" is 201 KB, over the 200 KB a picture may be — make it smaller (fewer pixels, or SVG for a drawing): officers load the course on phone data`,
      `${where('pictures/', 5)}"pictures/radio.svg" is not in the media folder — put the file in modules/media/ and write media/radio.svg`,
      // The misspelt name leaves the real file unshown.
      `${displayPath(join(r.file, '..'))}/media/radio.svg: warning: no lesson shows this picture, but every package carries it — show it in a lesson with ![what it shows](media/radio.svg), or move it out of the media folder`,
    ]);
  });

  test('a file in media/ that no lesson shows: a warning (every package carries it), an error when too big; the cover is shown by the player', async () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    const r = await withPictures('![A radio](media/radio.svg)', { 'radio.svg': SVG, 'cover.svg': SVG, 'spare.svg': SVG, 'notes.txt': 'x', 'huge.png': Buffer.concat([png(10, 10), big]) });
    const folder = `${displayPath(join(r.file, '..'))}/media`;
    assert.deepEqual(r.lines, [
      `${folder}/huge.png: is 201 KB, over the 200 KB a picture may be, and every package would carry it — make it smaller, or move it out of the media folder: no lesson shows it`,
      `${folder}/notes.txt: warning: is not a picture type the course can show, so no package carries it — save it as one of: svg, png, jpg, jpeg, webp, or move it out of the media folder`,
      `${folder}/spare.svg: warning: no lesson shows this picture, but every package carries it — show it in a lesson with ![what it shows](media/spare.svg), or move it out of the media folder`,
    ]);
  });

  test('an SVG without a size says how to give it one', async () => {
    const r = await withPictures('![A radio](media/radio.svg)', { 'radio.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' });
    assert.match(r.lines.join('\n'), /src: the size of "media\/radio.svg" cannot be read from the file — give its <svg> element a viewBox/);
  });

  test('a picture inside a sentence is reported: pictures stand on their own line', async () => {
    const r = await withPictures('Use the ![radio](media/radio.svg) often.');
    assert.match(r.lines.join('\n'), /a picture inside text is not shown in the course — put the picture on its own line/);
  });

  test('a labelled graphic: its picture and its points, each marker placed in %', async () => {
    const r = await withPictures(['### Graphic: Your kit', '![An officer in uniform](media/radio.svg)', '- **Radio** (62%, 40%): Worn on the left shoulder.\n- **Notebook** (40, 70): In the top pocket.'].join('\n\n'));
    assert.deepEqual(r.lines, []);
    const graphic = r.blocks[1] as Extract<Block, { kind: 'graphic' }>;
    assert.equal(graphic.title, 'Your kit');
    assert.equal(graphic.image.alt, 'An officer in uniform');
    assert.equal(graphic.image.width, 240);
    assert.deepEqual(graphic.points, [
      { label: 'Radio', text: 'Worn on the left shoulder.', x: 62, y: 40 },
      { label: 'Notebook', text: 'In the top pocket.', x: 40, y: 70 },
    ]);
    // Alt text, title, labels and texts are what a translator gets.
    const keys = moduleUnits(r.course.modules[0]!).map((u) => u.key).filter((k) => k.startsWith('first_seconds.block2'));
    assert.deepEqual(keys, ['first_seconds.block2.title', 'first_seconds.block2.alt', 'first_seconds.block2.point1.label', 'first_seconds.block2.point1.text', 'first_seconds.block2.point2.label', 'first_seconds.block2.point2.text']);
  });

  test('graphic mistakes: no picture, a point without its place, a marker off the picture', async () => {
    const r = await withPictures(['### Graphic: Your kit', '![An officer](media/radio.svg)', '- **Radio**: Worn on the shoulder.\n- **Cap** (50%, 120%): On the head.', '### Graphic: Empty', 'Just words.'].join('\n\n'));
    const text = r.lines.join('\n');
    assert.match(text, new RegExp(`${r.line('- **Radio**')}:1: .*the point's marker place is missing — write it in brackets after the label`));
    assert.match(text, new RegExp(`${r.line('- **Cap**')}:1: .*y: is 120%, outside the picture`));
    assert.match(text, /a graphic holds its picture, then a - list of its points, and no paragraphs/);
    assert.match(text, /the graphic "Empty" has no picture/);
  });

  test("a scenario's picture comes right after its heading, and its alt text is translatable", async () => {
    const r = await withPictures('', {});
    assert.deepEqual(r.lines, []);
    const dir = copyFixtureCourse((name, text) => (name === '01-greeting.md' ? replaceOnce(text, '### Scenario: A hurried visitor\n', '### Scenario: A hurried visitor\n\n![A visitor hurries past the desk](media/radio.svg)\n') : text));
    dirs.push(dir);
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'media', 'radio.svg'), SVG);
    const { course, problems } = await loadCourse(dir);
    assert.deepEqual(problems.map(formatProblem), []);
    const scenario = course.modules[0]!.lessons[1]!.blocks.find((b) => b.kind === 'scenario')!;
    assert.deepEqual(scenario.image, { src: 'media/radio.svg', alt: 'A visitor hurries past the desk', width: 240, height: 160 });
    assert.ok(moduleUnits(course.modules[0]!).some((u) => u.source === 'A visitor hurries past the desk' && u.key.endsWith('.alt')));
  });
});
