// The README shows the course's screens as pictures (issue 12): every picture it names is in the repository, is a
// PNG, and has alt text, so the page an LMS admin reads never shows a broken image.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const README = readFileSync('README.md', 'utf8');
const IMAGES = [...README.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1]!, path: m[2]! }));

describe('README pictures', () => {
  test('show the cover, a lesson with a visual block, a scenario and the certificate', () => {
    const paths = IMAGES.map((i) => i.path);
    for (const screen of ['cover', 'lesson-graphic', 'scenario', 'certificate']) assert.ok(paths.some((p) => p.includes(screen)), screen);
  });

  test('each is a PNG in the repository, with alt text', () => {
    for (const { alt, path } of IMAGES.filter((i) => i.path.startsWith('docs/'))) {
      assert.ok(existsSync(path), `${path} is missing`);
      assert.deepEqual([...readFileSync(path).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${path} is not a PNG`);
      assert.ok(alt.trim().length > 10, `${path} has no alt text`);
    }
  });
});
