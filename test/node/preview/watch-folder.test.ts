// The course folder watch: a save anywhere below it (any file type, any
// depth) is one callback, however many write events the save makes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { watchFolder } from '../../../scripts/preview/watch-folder.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('preview folder watch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-watch-'));
  mkdirSync(join(dir, 'es', 'deep'), { recursive: true });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a burst of writes in nested folders, of any extension, as one change', async () => {
    const calls: string[][] = [];
    const watch = watchFolder(dir, (files) => calls.push(files), 100);
    try {
      await wait(50);
      writeFileSync(join(dir, '01-greeting.md'), 'one');
      writeFileSync(join(dir, '01-greeting.md'), 'two');
      writeFileSync(join(dir, 'es', 'deep', 'questions.yaml'), 'three');
      await wait(600);
      assert.equal(calls.length, 1, JSON.stringify(calls));
      assert.deepEqual(calls[0], ['01-greeting.md', join('es', 'deep', 'questions.yaml')]);

      writeFileSync(join(dir, 'course.ts'), 'later');
      await wait(600);
      assert.deepEqual(calls[1], ['course.ts'], 'a later save is a change of its own');
    } finally {
      watch.close();
    }
  });

  it('is silent after close', async () => {
    const calls: string[][] = [];
    const watch = watchFolder(dir, (files) => calls.push(files), 50);
    watch.close();
    writeFileSync(join(dir, 'after-close.txt'), 'x');
    await wait(300);
    assert.deepEqual(calls, []);
  });
});
