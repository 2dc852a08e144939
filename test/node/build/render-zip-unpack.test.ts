// Unit tests of the pieces: the escaping renderer, the zip date and layout,
// and the unpacker's naming rules.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { escapeXml, renderString } from '../../../scripts/lib/render-template.js';
import { targetOfZip, unpackPackages } from '../../../scripts/lib/unpack.js';
import { listFiles, zipDate, zipDirectory } from '../../../scripts/lib/zip.js';
import { centralDirectory } from './zip-headers.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-units-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('render-template', () => {
  test('escapes & < > " \' in every value, in text and attributes', () => {
    assert.equal(escapeXml(`a & b < c > d " e ' f`), 'a &amp; b &lt; c &gt; d &quot; e &apos; f');
    assert.equal(renderString('<t a="{{v}}">{{v}}</t>', { v: `"&'<` }), '<t a="&quot;&amp;&apos;&lt;">&quot;&amp;&apos;&lt;</t>');
    assert.equal(renderString('{{#list}}<f href="{{.}}"/>{{/list}}', { list: ['a&b', 'c'] }), '<f href="a&amp;b"/><f href="c"/>');
  });

  test('drops characters XML 1.0 cannot carry at all', () => {
    assert.equal(escapeXml('a\u0001b\u000bc\td\ne'), 'abc\td\ne');
  });

  test('refuses unescaped tags, even inside sections', () => {
    assert.throws(() => renderString('{{{title}}}', { title: 'x' }, 't.mustache'), /t\.mustache: unescaped tag \{\{\{title\}\}\}/);
    assert.throws(() => renderString('{{#a}}{{& b}}{{/a}}', { a: true, b: 'x' }), /unescaped tag/);
  });
});

describe('zip', () => {
  test('SOURCE_DATE_EPOCH sets the entry date; before 1980 (or absent) it is 1980-01-01', () => {
    assert.equal(zipDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString(), '2023-11-14T22:13:20.000Z');
    assert.equal(zipDate({}).toISOString(), '1980-01-01T00:00:00.000Z');
    assert.equal(zipDate({ SOURCE_DATE_EPOCH: '0' }).toISOString(), '1980-01-01T00:00:00.000Z');
  });

  test('nested files get sorted entries and no folder entries; same files, same bytes', async () => {
    const dir = join(tmp, 'nested');
    mkdirSync(join(dir, 'assets', 'img'), { recursive: true });
    writeFileSync(join(dir, 'b.txt'), 'b');
    writeFileSync(join(dir, 'assets', 'img', 'a.svg'), '<svg/>');
    writeFileSync(join(dir, 'a.txt'), 'a');
    assert.deepEqual(listFiles(dir), ['a.txt', 'assets/img/a.svg', 'b.txt']);
    await zipDirectory(dir, join(tmp, 'one.zip'));
    await zipDirectory(dir, join(tmp, 'two.zip'));
    assert.deepEqual(readFileSync(join(tmp, 'one.zip')), readFileSync(join(tmp, 'two.zip')));
    assert.deepEqual(centralDirectory(readFileSync(join(tmp, 'one.zip'))).map((e) => e.name), ['a.txt', 'assets/img/a.svg', 'b.txt']);
  });
});

describe('unpack', () => {
  test('the target is the zip name after the course id', () => {
    assert.equal(targetOfZip('fixture_course-scorm12.zip'), 'scorm12');
    assert.equal(targetOfZip('security_basics-scorm2004.zip'), 'scorm2004');
    assert.equal(targetOfZip('notes.zip'), undefined);
  });

  test('two packages for one target are refused rather than one silently winning', async () => {
    const files = join(tmp, 'pkg');
    mkdirSync(join(files, 'assets', 'img'), { recursive: true });
    writeFileSync(join(files, 'a.txt'), 'a');
    writeFileSync(join(files, 'b.txt'), 'b');
    writeFileSync(join(files, 'assets', 'img', 'a.svg'), '<svg/>');
    const dist = join(tmp, 'dist');
    mkdirSync(dist);
    await zipDirectory(files, join(dist, 'a_course-scorm12.zip'));
    const [one] = await unpackPackages(dist, join(tmp, 'out'));
    assert.deepEqual(one!.files, ['a.txt', 'assets/img/a.svg', 'b.txt']);
    assert.equal(readFileSync(join(tmp, 'out', 'scorm12', 'assets', 'img', 'a.svg'), 'utf8'), '<svg/>');
    await zipDirectory(files, join(dist, 'b_course-scorm12.zip'));
    await assert.rejects(unpackPackages(dist, join(tmp, 'out')), /holds two scorm12 packages \(a_course-scorm12\.zip, b_course-scorm12\.zip\): delete the stale one/);
  });
});
