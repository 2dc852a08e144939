// Each way an LRS request fails gets its own tracker error name in the
// learner's notice, met for real: the tests' front server drops, delays or
// answers with a status, and the real LRS (xapi-statements) refuses bad
// credentials and invalid statements. Refused credentials must tell the
// learner to relaunch from the LMS: nothing else will help.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, afterEach, before, describe, test } from 'node:test';
import { TRACKER_ERROR_NAMES } from '../../../src/tracking/errors.js';
import { createLrsClient, failureDetail, failureName, type LrsFailure } from '../../../src/tracking/xapi/lrs-client.js';
import type { Statement } from '../../../src/tracking/xapi/types.js';
import type { Fault } from '../../support/front.js';
import { startSupport, type Support } from '../../support/servers.js';

const statement = (): Statement => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', mbox: 'mailto:officer@frontline.example' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: 'https://frontline.example/courses/c/lessons/l' },
  timestamp: new Date().toISOString(),
});

describe('LRS failures: one error name each', () => {
  let support: Support;
  let auth: string;
  const control = async (path: string, body: unknown) => {
    const r = await fetch(`${support.front}/control/${path}`, { method: 'POST', body: JSON.stringify(body) });
    assert.ok(r.ok, `control ${path}: ${r.status}`);
    return r.json() as Promise<Record<string, unknown>>;
  };
  const setFault = (fault: Fault) => control('fault', fault);

  /** POSTs to the front server (and through it the real LRS); the failure, or null when stored. */
  const post = async (options: { auth?: string; timeoutMs?: number; body?: Statement } = {}): Promise<LrsFailure | null> => {
    const client = createLrsClient({ endpoint: `${support.front}/xapi/`, auth: () => options.auth ?? auth, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    const r = await client.postStatements([options.body ?? statement()]);
    return r.ok ? null : r.failure;
  };
  /** The failure's notice detail, after checking its name is the one the detail starts with. */
  const detailOf = (failure: LrsFailure | null): string => {
    assert.ok(failure, 'the request failed');
    const detail = failureDetail(failure);
    assert.ok(detail.startsWith(`${failureName(failure)} (`), detail);
    assert.ok(TRACKER_ERROR_NAMES.includes(failureName(failure)));
    return detail;
  };

  before(async () => {
    support = await startSupport();
    auth = String((await control('credentials', {}))['auth']);
  });
  afterEach(() => setFault({ mode: 'none' }));
  after(() => support.stop());

  test('the LRS answers: no failure', async () => {
    assert.equal(await post(), null);
  });

  test('the connection drops: lrs-unreachable', async () => {
    await setFault({ mode: 'down' });
    assert.equal(detailOf(await post()), 'lrs-unreachable (network error): the LRS could not be reached');
  });

  test('no answer within the time limit: lrs-timeout', async () => {
    await setFault({ mode: 'slow', delayMs: 1_000 });
    assert.equal(detailOf(await post({ timeoutMs: 100 })), 'lrs-timeout (0.1 s): the LRS did not answer in time');
  });

  test('401 from the real LRS for credentials it does not know: lrs-refused-credentials, and relaunch from the LMS', async () => {
    const detail = detailOf(await post({ auth: `Basic ${btoa('expired:credentials')}` }));
    assert.equal(detail, "lrs-refused-credentials (HTTP 401): the LRS refused this launch's credentials; relaunch the course from the LMS");
  });

  test('403: lrs-refused-credentials too (the same remedy)', async () => {
    await setFault({ mode: 'status', status: 403 });
    assert.match(detailOf(await post()), /^lrs-refused-credentials \(HTTP 403\): .*relaunch the course from the LMS$/);
  });

  test('400 from the real LRS for an invalid statement: lrs-error', async () => {
    const invalid = { ...statement(), verb: { id: 'not an IRI', display: {} } };
    assert.equal(detailOf(await post({ body: invalid })), 'lrs-error (HTTP 400)');
  });

  test('503: lrs-error', async () => {
    await setFault({ mode: 'status', status: 503 });
    assert.equal(detailOf(await post()), 'lrs-error (HTTP 503)');
  });
});
