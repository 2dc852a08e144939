/** Checks shared by the xAPI and cmi5 end-to-end tests, on statements as the LRS stored them. */
import { expect } from '@open-wc/testing';
import { control, type Statement } from './lrs-host.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// xAPI 1.0.3 Part Two §4.6: ISO 8601, here always the PT…H…M…S form (LMS-COMPAT 29).
export const DURATION = /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/;

/** The course IRI under the default base IRI. */
export const courseIri = (courseId: string) => `https://frontline.example/courses/${courseId}`;
export const CERTIFICATE = 'https://frontline.example/xapi/extensions/certificate-id';

/** What every statement carries; `grouping`: the course-level activity every statement is grouped under. */
export function expectStatementBasics(stored: Statement[], o: { registration: string; version: string; grouping: string }): void {
  expect(stored.length).to.be.greaterThan(0);
  let previous = '';
  for (const s of stored) {
    const what = `${s['verb']['id']} ${s['id']}`;
    expect(s['id'], what).to.match(UUID);
    expect(s['actor']['account'], what).to.deep.equal({ homePage: 'https://lms.example.test', name: 'officer_7' });
    expect(s['verb']['display']['en-US'], what).to.be.a('string');
    expect(s['timestamp'], what).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(s['timestamp'] >= previous, `${what}: timestamps never go backwards`).to.equal(true);
    previous = s['timestamp'];
    expect(s['context']['registration'], what).to.equal(o.registration);
    const version = Object.entries(s['context']['extensions'] ?? {}).find(([k]) => k.endsWith('/xapi/extensions/course-version'));
    expect(version?.[1], `${what}: course version extension`).to.equal(o.version);
    const grouping = (s['context']['contextActivities']?.['grouping'] ?? []).map((a: Statement) => a['id']);
    expect(grouping, `${what}: the course as grouping activity`).to.include(o.grouping);
    // Not a learner's answer: the version is the extension above, never an answered statement.
    expect(s['object']['id'], what).to.not.match(/\/interactions\/course_version$/);
    expect(s['object']['id'], what).to.match(/^https:\/\//);
    if (s['result']?.['duration'] !== undefined) expect(s['result']['duration'], what).to.match(DURATION);
  }
}

const COMPONENTS: Record<string, string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  matching: ['source', 'target'],
  performance: ['steps'],
  'true-false': [],
  'fill-in': [],
};

/** answered: a full interaction activity definition and a result (xAPI 1.0.3 Part Two §2.4.4.1, §2.4.5). */
export function expectWellFormedAnswers(answered: Statement[]): void {
  expect(answered.length).to.be.greaterThan(0);
  const types = new Set<string>();
  for (const s of answered) {
    const what = `answered ${s['object']['id']}`;
    const d = s['object']['definition'];
    expect(d['type'], what).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(Object.keys(COMPONENTS), what).to.include(d['interactionType']);
    types.add(d['interactionType']);
    expect(d['correctResponsesPattern'], what).to.have.length(1);
    expect(d['name'], what).to.have.property('en').that.is.a('string').and.not.equal('');
    for (const list of COMPONENTS[d['interactionType']]!) {
      expect(d[list], `${what}: ${list}`).to.be.an('array').that.is.not.empty;
      for (const c of d[list]) expect(c.description.en, `${what}: ${list} ${c.id}`).to.be.a('string').and.not.equal('');
    }
    expect(s['result']['response'], what).to.be.a('string');
    expect(s['result']['success'], what).to.be.a('boolean');
    expect(s['result']['duration'], what).to.match(DURATION);
    expect(s['object']['id'], what).to.match(/\/interactions\/[a-z][a-z0-9_]*$/);
    expect(s['context']['contextActivities']['parent'], what).to.have.length(1);
  }
  // Which kinds are drawn varies; these are always answered (unit tests cover every kind). No fill-in:
  // the course asks none (the course version's fill-in record is no answer and not sent).
  expect([...types]).to.include.members(['choice', 'true-false']);
  expect([...types]).to.not.include('fill-in');
}

/** The progress document the package keeps in the State resource. */
export async function progressDocument(activityId: string, agent: object, registration: string): Promise<Record<string, any>> {
  const q = new URLSearchParams({ activityId, agent: JSON.stringify(agent), registration, stateId: 'frontline.progress' });
  return control<Record<string, any>>(`state?${q}`);
}
