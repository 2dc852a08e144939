// Pure parts of the preview page: which package gets the learner's language
// in its build, and how a stored statement reads in the statement log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TARGET_IDS } from '../../../scripts/lib/targets.js';
import { buildRequest, PACKAGES } from '../../../scripts/preview/packages.js';
import { describeStatement } from '../../../scripts/preview/statement-log.js';

describe('preview page parts', () => {
  it('offers every package the build makes', () => {
    assert.deepEqual(Object.keys(PACKAGES).sort(), [...TARGET_IDS].sort());
  });

  it('builds the language into xAPI and web packages only; SCORM and cmi5 get it at launch', () => {
    assert.deepEqual(buildRequest('xapi', 'es'), { target: 'xapi', language: 'es' });
    assert.deepEqual(buildRequest('web', 'es'), { target: 'web', language: 'es' });
    for (const target of ['scorm12', 'scorm2004', 'cmi5'] as const) assert.deepEqual(buildRequest(target, 'es'), { target, language: '' }, target);
  });

  it('describes a statement by verb, object name and result', () => {
    const passed = {
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: { id: 'https://x.test/a', definition: { name: { en: 'Final assessment' } } },
      result: { score: { scaled: 0.8 }, success: true, duration: 'PT2M' },
    };
    assert.deepEqual(describeStatement(passed), { verb: 'passed', object: 'Final assessment', result: 'score 80%, success true, duration PT2M' });
  });

  it('falls back to the verb and object ids, and shortens long responses', () => {
    const answered = {
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: { id: 'https://x.test/interactions/q1' },
      result: { response: 'x'.repeat(200) },
    };
    const { verb, object, result } = describeStatement(answered);
    assert.equal(verb, 'answered');
    assert.equal(object, 'https://x.test/interactions/q1');
    assert.equal(result, `response "${'x'.repeat(80)}…"`);
  });
});
