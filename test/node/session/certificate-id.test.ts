import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certificateId } from '../../../src/session/certificate-id.js';

const at = new Date(Date.UTC(2026, 11, 2, 10, 30, 12));

test('a certificate id is readable and the same for the same learner, version and minute', () => {
  const id = certificateId('officer_7', '1982a26e437d', at);
  assert.match(id, /^FL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  // A manager can recompute it from the LMS record: the seconds of the attestation do not matter.
  assert.equal(certificateId('officer_7', '1982a26e437d', new Date(Date.UTC(2026, 11, 2, 10, 30, 59))), id);
});

test('another learner, version or minute gives another certificate id', () => {
  const id = certificateId('officer_7', '1982a26e437d', at);
  const others = [
    certificateId('officer_8', '1982a26e437d', at),
    certificateId('officer_7', '1982a26e437e', at),
    certificateId('officer_7', '1982a26e437d', new Date(at.getTime() + 60_000)),
  ];
  for (const other of others) assert.notEqual(other, id);
  assert.equal(new Set(others).size, others.length);
});
