// `--lms` picks the record choices baked into the SCORM packages (src/tracking/lms-profiles.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import JSZip from 'jszip';
import { build } from '../../../scripts/lib/build.js';
import { LMS_PROFILES, type LmsId } from '../../../src/tracking/lms-profiles.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-lms-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function bakedProfile(lms: LmsId | undefined): Promise<unknown> {
  const out = join(tmp, lms ?? 'default');
  const result = await build({ modules: FIXTURE_COURSE, out, targets: ['scorm12'], entries: { scorm12: 'test/fixtures/entries/package-options.ts' }, lms, log: () => {} });
  assert.ok(result.ok);
  const zip = await JSZip.loadAsync(readFileSync(result.packages[0]!.zip));
  const app = await zip.file('app.js')!.async('string');
  const run = new Function('globalThis', app.replace(/^export\s*\{[^}]*\};?\s*$/m, ''));
  const scope: { frontlinePackage?: { lms: unknown } } = {};
  run(scope);
  return scope.frontlinePackage?.lms;
}

test('the SCORM packages carry the chosen LMS preset, Moodle by default', async () => {
  assert.deepEqual(await bakedProfile(undefined), LMS_PROFILES.moodle);
  assert.deepEqual(await bakedProfile('cornerstone'), LMS_PROFILES.cornerstone);
});
