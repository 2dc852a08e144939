// "JS+CSS needed before the first lesson" counts the package's scripts and styles in
// the network log up to the moment the lesson showed, once each, at gzip -9 size.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { codeRequestedBefore, DATA, gzipBytes } from '../../../scripts/bench/needed-code.js';

const at = (url: string, ms: number) => ({ url: `http://127.0.0.1:9/${url}`, wallTime: ms / 1000 });

test('only the package JS/CSS requested by the time the lesson showed, each once', () => {
  const log = [
    at('lms.js', 1000), // the LMS page's own code
    at('vendor/scorm12.js', 1001),
    at('pkg/scorm12/index.html', 1010),
    at('pkg/scorm12/app.js', 1020),
    at('pkg/scorm12/app.js?retry=1', 1030),
    at('pkg/scorm12/content/module-01.js', 1500),
    at('pkg/scorm12/theme.css', 1600),
    at('pkg/scorm12/content/module-02.js', 2500), // prefetched after the lesson showed
    at('pkg/reference/app.js', 1100),
    at('pkg/scorm12/content/course.0123456789.json', 1015),
    at('pkg/scorm12/content/en/m2.0123456789.json', 2600), // prefetched after the lesson showed
  ];
  assert.deepEqual(codeRequestedBefore(log, 'scorm12', 2000), ['app.js', 'content/module-01.js', 'theme.css']);
  assert.deepEqual(codeRequestedBefore(log, 'reference', 2000), ['app.js']);
  // The data is counted apart, by the same rule.
  assert.deepEqual(codeRequestedBefore(log, 'scorm12', 2000, DATA), ['content/course.0123456789.json']);
});

test('sizes are gzip -9 of the served files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-needed-'));
  try {
    const body = 'export const x = 1;\n'.repeat(50);
    writeFileSync(join(dir, 'app.js'), body);
    writeFileSync(join(dir, 'a.css'), 'p{margin:0}');
    assert.equal(gzipBytes(dir, ['app.js', 'a.css']), gzipSync(body, { level: 9 }).length + gzipSync('p{margin:0}', { level: 9 }).length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
