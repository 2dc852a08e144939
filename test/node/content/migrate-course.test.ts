// scripts/migrate-course.ts converted the course from TypeScript files to the trainer's format. Played again on
// the whole real course written back as TypeScript files, it must keep every id and every text: the course it
// writes reads back as the same data, with the same content version.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { contentVersion, loadCourse } from '../../../scripts/lib/load-course.js';
import { migrateCourseFolder } from '../../../scripts/migrate-course.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-migrate-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('the one-off migration to the trainer format', () => {
  test('the real course, as TypeScript files, converts to files that read back as the same course', async () => {
    const { course } = await loadCourse('modules');
    const { modules, version: _version, translations: _translations, cover: _cover, ...config } = course;
    // The old format: one `export default` object per file (as ES modules, which tsx needs a package.json to know).
    writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
    const ts = (value: unknown) => `export default ${JSON.stringify(value, null, 2)};\n`;
    writeFileSync(join(tmp, 'course.ts'), ts(config));
    const names = readdirSync('modules').filter((n) => /^\d\d-.*\.md$/.test(n)).sort();
    modules.forEach((m, i) => writeFileSync(join(tmp, names[i]!.replace(/\.md$/, '.ts')), ts(m)));
    // The pictures stay files beside the course, in either format.
    cpSync('modules/media', join(tmp, 'media'), { recursive: true });

    const done = await migrateCourseFolder(tmp);
    assert.deepEqual(done.written, ['course.yaml', ...names]);
    assert.ok(done.removed.every((name) => !existsSync(join(tmp, name))), 'the .ts files are gone');

    const migrated = await loadCourse(tmp);
    assert.deepEqual(migrated.course.modules, modules, 'every module, id and text');
    const { modules: _m, version: _v, translations: _t, cover: _c, ...migratedConfig } = migrated.course;
    assert.deepEqual(migratedConfig, config);
    assert.equal(contentVersion({ ...migratedConfig, modules: migrated.course.modules }), contentVersion({ ...config, modules }));
  });
});
