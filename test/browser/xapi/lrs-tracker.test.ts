// The xAPI tracker driven directly against the real LRS: it learns which
// lesson is open and which attempt an answer belongs to from the report and
// the record, so neither the bookmark's format nor the interaction id's
// format can change what the LRS is told.
import { expect } from '@open-wc/testing';
import { correctResponse } from '../../../src/content/correctness.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { createXapiTracker } from '../../../src/tracking/xapi/xapi-tracker.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { progress } from '../tracking/harness.js';
import { statementsWhen, verbName, xapiLaunch, type Statement } from './lrs-host.js';

const BASE = 'https://frontline.example/courses/sample_course';
const ATTEMPT = 'https://frontline.example/xapi/extensions/attempt';

/** A same-origin page whose address carries the launch query, as the package's page would. */
async function launchFrame(query: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/browser/xapi/launch-page.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('xAPI tracker: lessons and attempts from the records', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('experienced follows currentLesson, once per session, whatever the bookmark says', async () => {
    const { query, registration } = await xapiLaunch();
    frame = await launchFrame(query);
    const tracker = createXapiTracker({ win: frame.contentWindow!, course: sampleCourse(), baseIri: BASE });
    await tracker.start();
    tracker.report(progress({ location: 'anywhere', currentLesson: 'l2' }));
    tracker.report(progress({ location: 'lesson:l1', currentLesson: null }));
    tracker.report(progress({ location: 'elsewhere', currentLesson: 'l2' }));
    await tracker.finish();
    const stored = await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'terminated'), 'terminated is stored');
    expect(stored.filter((s) => verbName(s) === 'experienced').map((s) => s['object']['id'])).to.deep.equal([`${BASE}/lessons/l2`]);
  });

  it("an attempt's answers: the question as the object, the attempt as context, whatever the record's id", async () => {
    const { query, registration } = await xapiLaunch();
    frame = await launchFrame(query);
    const course = sampleCourse();
    const tracker = createXapiTracker({ win: frame.contentWindow!, course, baseIri: BASE });
    await tracker.start();
    const session = new CourseSession(course, 80);
    for (const id of ['l1', 'l2', 'l3']) session.visit(id);
    for (const q of session.currentAttempt()!.questions) session.setAttemptAnswer(q.id, correctResponse(q), 100);
    const [first, ...rest] = session.submitAttempt()!.records;
    tracker.recordInteraction({ ...first!, id: 'renamed' });
    // A practice answer whose id merely looks like an attempt's is not one.
    const practice = session.answerPractice('c1', { type: 'single', option: 'a' }, 10)!;
    tracker.recordInteraction({ ...practice, id: `final_1_${rest[0]!.attempt!.questionId}` });
    await tracker.finish();
    const stored = await statementsWhen(registration, (s) => s.some((x) => verbName(x) === 'terminated'), 'terminated is stored');
    const answered = stored.filter((s) => verbName(s) === 'answered');
    const shape = (s: Statement) => [s['object']['id'], s['context']['extensions'][ATTEMPT] ?? null, s['context']['contextActivities']['parent'][0]['id']];
    expect(answered.map(shape)).to.deep.equal([
      [`${BASE}/interactions/${first!.attempt!.questionId}`, 1, `${BASE}/assessments/final`],
      [`${BASE}/interactions/final_1_${rest[0]!.attempt!.questionId}`, null, BASE],
    ]);
  });
});
