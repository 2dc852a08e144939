import { expect } from '@open-wc/testing';
import { attest, readToAssessment, saveAndExit, takeAssessment } from '../e2e/learner.js';
import { ACTOR, journal, openPackage, statementsWhen, validatorWarnings, verbName, xapiLaunch, type PackageFrame, type Statement } from './lrs-host.js';
import { CERTIFICATE, courseIri, DURATION, expectStatementBasics, expectWellFormedAnswers, progressDocument } from './statement-checks.js';

describe('xAPI package against the LRS', () => {
  let p: PackageFrame | undefined;
  afterEach(() => p?.close());

  it('a full pass: every statement accepted by the LRS and the validator, in order, with scores and definitions', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const player = p.player();
    const course = player.controller!.course;
    const practiced = await readToAssessment(player, { right: true });
    const drawn = player.controller!.session.currentAttempt()!.questions.length;
    await takeAssessment(player, drawn);
    await attest(player);
    await saveAndExit(player);

    const stored = await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'terminated'), 'terminated is stored');
    const sent = (await journal()).filter((e) => e.auth === query.auth && e.path === 'statements');
    expect(validatorWarnings(sent), 'Learning Locker validator').to.deep.equal([]);
    expect(sent.every((e) => e.status === 200), `LRS answers ${sent.map((e) => e.status)}`).to.equal(true);
    expectStatementBasics(stored, { registration, version: course.version, grouping: courseIri(course.id) });

    const verbs = stored.map(verbName);
    expect(verbs[0]).to.equal('initialized');
    expect(verbs.at(-1)).to.equal('terminated');
    expect(verbs).to.not.include('suspended');
    const lessons = course.modules.flatMap((m) => m.lessons);
    expect(verbs.filter((v) => v === 'experienced').length, 'one experienced per lesson').to.equal(lessons.length);
    // Practice answers and the attempt's answers; the attestation is confirmed, the version is no answer.
    expect(verbs.filter((v) => v === 'answered').length).to.equal(practiced + drawn);
    expect(verbs.filter((v) => v === 'confirm').length).to.equal(1);
    expect(verbs.filter((v) => v === 'passed').length).to.equal(1);
    expect(verbs.filter((v) => v === 'completed').length).to.equal(1);
    expect(verbs.indexOf('passed')).to.be.lessThan(verbs.indexOf('completed'));
    expect(verbs.indexOf('completed')).to.be.greaterThan(verbs.indexOf('confirm'), 'completed after the attestation');
    // The certificate id printed on the certificate is in the LRS: on the attestation and the completion.
    const certificateId = player.controller!.certificateId!;
    expect(certificateId).to.match(/^FL-/);
    const attested = stored.find((s) => verbName(s) === 'confirm')!;
    expect(attested['object']['id']).to.equal(`${courseIri(course.id)}/attestation`);
    expect(attested['result']['extensions'][CERTIFICATE]).to.equal(certificateId);
    expect(stored.find((s) => verbName(s) === 'completed')!['result']['extensions'][CERTIFICATE]).to.equal(certificateId);

    const passed = stored.find((s) => verbName(s) === 'passed')!;
    expect(passed['result']['score']).to.deep.equal({ scaled: 1, raw: 100, min: 0, max: 100 });
    expect(passed['result']['success']).to.equal(true);
    expect(passed['result']['duration']).to.match(DURATION);
    expect(stored.find((s) => verbName(s) === 'terminated')!['result']['duration']).to.match(DURATION);
    expect(stored.find((s) => verbName(s) === 'completed')!['result']).to.include({ completion: true });

    const answered = stored.filter((s) => verbName(s) === 'answered');
    expectWellFormedAnswers(answered);
    const inAttempt = answered.filter((s) => s['context']['extensions'][Object.keys(s['context']['extensions']).find((k) => k.endsWith('/attempt'))!] === 1);
    expect(inAttempt.length).to.equal(drawn);
    expect(inAttempt.every((s) => s['result']['success'] === true)).to.equal(true);
    expect(inAttempt.every((s) => /\/assessments\/final_assessment$/.test(s['context']['contextActivities']['parent'][0]['id']))).to.equal(true);
    const experienced = stored.filter((s) => verbName(s) === 'experienced');
    expect(experienced.map((s) => s['object']['id'])).to.have.members(lessons.map((l) => `https://frontline.example/courses/${course.id}/lessons/${l.id}`));

    const doc = await progressDocument(courseIri(course.id), ACTOR, registration);
    expect(doc).to.include({ v: 1, completion: 'completed', success: 'passed', courseVersion: course.version });
    expect(doc.sent).to.deep.equal({ completed: true, passed: true });
    expect(new Set(stored.map((s) => s['id'])).size, 'each statement stored once').to.equal(stored.length);
  });

  it('a fail: failed with the score, then suspended and terminated; the attempt stays open', async () => {
    const { query, registration } = await xapiLaunch();
    p = await openPackage('xapi', query);
    const player = p.player();
    await readToAssessment(player, { right: false });
    await takeAssessment(player, 2);
    await saveAndExit(player);

    const stored = await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'terminated'), 'terminated is stored');
    const sent = (await journal()).filter((e) => e.auth === query.auth && e.path === 'statements');
    expect(validatorWarnings(sent)).to.deep.equal([]);
    expectStatementBasics(stored, { registration, version: player.controller!.course.version, grouping: courseIri(player.controller!.course.id) });
    const verbs = stored.map(verbName);
    expect(verbs.filter((v) => ['passed', 'completed'].includes(v))).to.deep.equal([]);
    expect(verbs.slice(-2)).to.deep.equal(['suspended', 'terminated']);
    const failed = stored.filter((s: Statement) => verbName(s) === 'failed');
    expect(failed.length).to.equal(1);
    expect(failed[0]!['result']).to.deep.include({ success: false, score: { scaled: 0.1, raw: 10, min: 0, max: 100 } });
    const wrong = stored.filter((s) => verbName(s) === 'answered' && s['result']['success'] === false);
    expect(wrong.length).to.be.greaterThan(17);
    const doc = await progressDocument(courseIri(player.controller!.course.id), ACTOR, registration);
    expect(doc).to.include({ completion: 'incomplete', success: 'failed' });
    expect(doc.location).to.equal('results');
  });
});
