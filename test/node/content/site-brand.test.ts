// The firm's branding in the site file (logo, brand_colour, accent_colour) and the course's release name in
// course.yaml: what a firm writes, what the validator tells it (file, field, line and why), and what the course gets.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { contrastRatio } from '../../../src/content/brand.js';
import { formatProblem } from '../../../src/content/validate.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SITE = 'firm: Northgate Security\nsite: Riverside Mall\ncontrol: Control\nemergency_phone: "911"\nsupervisor_phone: "0800"\nlost_child_procedure: Radio Control.\nbackup_procedure: Press the red button.\n';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

/** The fixture course with `site` lines after the site's details, `media` files, and course.yaml changed by `config`. */
async function load(opts: { brand?: string; media?: Record<string, string | Buffer>; config?: (text: string) => string } = {}) {
  const dir = copyFixtureCourse((name, text) => (name === 'course.yaml' && opts.config ? opts.config(text) : text));
  dirs.push(dir);
  writeFileSync(join(dir, 'site.yaml'), SITE + (opts.brand ?? ''));
  for (const [name, data] of Object.entries(opts.media ?? {})) {
    mkdirSync(join(dir, 'media'), { recursive: true });
    writeFileSync(join(dir, 'media', name), data);
  }
  const loaded = await loadCourse(dir);
  return { ...loaded, dir, lines: loaded.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\//, '') })) };
}

describe('the brand in the site file', () => {
  test('a logo in media/ and two dark enough colours become course.brand, with no problem', async () => {
    const { course, lines } = await load({ brand: 'logo: media/logo.svg\nbrand_colour: "#14532D"\naccent_colour: "#7c2d12"\n', media: { 'logo.svg': LOGO } });
    assert.deepEqual(lines, []);
    assert.deepEqual(course.brand, { logo: 'media/logo.svg', primary: '#14532d', accent: '#7c2d12' });
  });

  test('without the fields the course has no brand, and the media folder is no stray folder', async () => {
    const { course, lines } = await load({ media: { 'other.png': 'x' } });
    // Only the media rule speaks: a picture no lesson shows (never "a folder the course does not use").
    assert.deepEqual(lines, ['other.png: warning: no lesson shows this picture, but every package carries it — show it in a lesson with ![what it shows](media/other.png), or move it out of the media folder']);
    assert.equal(course.brand, undefined);
  });

  test('the brand is content: another colour, or another logo under the same name, is a new version', async () => {
    const a = await load({ brand: 'brand_colour: "#14532d"\n' });
    const b = await load({ brand: 'brand_colour: "#14532e"\n' });
    assert.notEqual(a.course.version, b.course.version);
    const logo = (svg: string) => load({ brand: 'logo: media/logo.svg\n', media: { 'logo.svg': svg } });
    const [one, same, other] = await Promise.all([logo(LOGO), logo(LOGO), logo(LOGO.replace('width="10"', 'width="9"'))]);
    assert.equal(one.course.version, same.course.version);
    assert.notEqual(one.course.version, other.course.version);
  });

  test('a missing logo, one outside media/, one of another type and one too large are errors at their line', async () => {
    const missing = await load({ brand: 'logo: media/logo.svg\n' });
    assert.deepEqual(missing.lines, ['site.yaml:8:1: logo: "media/logo.svg" is not in the course folder — put the image there, or correct the path: it is written from the course folder, e.g. media/logo.svg']);
    const outside = await load({ brand: 'logo: ../logo.svg\n' });
    assert.deepEqual(outside.lines, ['site.yaml:8:1: logo: "../logo.svg" is not a file in the course\'s media folder — put the image in modules/media/ and write its path from the course folder, e.g. logo: media/logo.svg']);
    const gif = await load({ brand: 'logo: media/logo.gif\n', media: { 'logo.gif': 'GIF89a' } });
    assert.deepEqual(gif.lines, ['site.yaml:8:1: logo: "media/logo.gif" is not an SVG, PNG, JPEG or WebP image — save the logo as .svg, .png, .jpg, .jpeg, .webp']);
    const large = await load({ brand: 'logo: media/logo.png\n', media: { 'logo.png': Buffer.alloc(150 * 1024) } });
    assert.deepEqual(large.lines, ['site.yaml:8:1: logo: is 150 KB, more than 100 KB — use an SVG, or a PNG or WebP about 400 px wide: every officer downloads it']);
  });

  test('a colour that is not #rrggbb, or too light to read (WCAG 1.4.3), is an error that says the ratio and against what', async () => {
    const odd = await load({ brand: 'brand_colour: navy\n' });
    assert.deepEqual(odd.lines, ['site.yaml:8:1: brand_colour: "navy" is not a colour written as #rrggbb — write the six-digit hex code from the brand guide, in quotes, e.g. brand_colour: "#1b2a41"']);
    // #767676 passes on white (4.54:1) but the accent is also text on the tips' grey.
    const light = await load({ brand: 'brand_colour: "#ff9900"\naccent_colour: "#767676"\n' });
    assert.deepEqual(light.lines, [
      'site.yaml:8:1: brand_colour: #ff9900 has a contrast of 2.1:1 with white, below the 4.5:1 that WCAG 1.4.3 asks for — it paints the header band under white text: use a darker shade of the brand colour',
      'site.yaml:9:1: accent_colour: #767676 has a contrast of 4.1:1 with the light grey of tips (#f3f5f9), below the 4.5:1 that WCAG 1.4.3 asks for — it paints buttons with white text, and labels, links and outlines on the page: use a darker shade of the brand colour',
    ]);
  });

  test('a misspelt brand field gets the nearest', async () => {
    const { lines } = await load({ brand: 'brand_color: "#14532d"\n' });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^site\.yaml:8:1: brand_color: "brand_color" is not a field here — did you mean "brand_colour"\?/);
  });
});

describe('contrast', () => {
  test('is the WCAG 2.2 ratio: black on white 21:1, white on white 1:1, the default navy 14.4:1', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(contrastRatio('#1b2a41', '#ffffff').toFixed(1), '14.4');
    // #767676 is the lightest grey that passes on white.
    assert.ok(contrastRatio('#767676', '#ffffff') >= 4.5 && contrastRatio('#777777', '#ffffff') < 4.5);
  });
});

describe('the release in course.yaml', () => {
  const withRelease = (line: string) => (text: string) => replaceOnce(text, 'language: en\n', `language: en\n${line}\n`);

  test('is read as written, is content (a new release is a new version), and is optional', async () => {
    const a = await load({ config: withRelease('release: "3 (December 2026)"') });
    assert.deepEqual(a.lines, []);
    assert.equal(a.course.release, '3 (December 2026)');
    const none = await load();
    assert.equal(none.course.release, undefined);
    assert.notEqual(a.course.version, none.course.version);
  });

  test('a number, an empty text and a repeated "Version" are errors', async () => {
    const line = (l: string) => l.replace(/^course\.yaml:\d+:\d+: /, '');
    assert.deepEqual((await load({ config: withRelease('release: 3.10') })).lines.map(line), ['release: is read as the number 3.1 — put it in double quotes, e.g. release: "3.1", so it is shown exactly as written']);
    assert.deepEqual((await load({ config: withRelease('release: ""') })).lines.map(line), ['release: is empty — write the version people name, e.g. "3 (December 2026)"']);
    assert.deepEqual((await load({ config: withRelease('release: Version 3') })).lines.map(line), ['release: "Version 3" starts with "Version" — leave the word out: the certificate writes "Version 3"']);
  });
});
