/**
 * The SCORM 1.2 package played through the UI in a Moodle-like LMS
 * (moodle-rules.ts: scorm-again plus Moodle's status override at LMSFinish),
 * with "Mastery score overrides status" on (Moodle's default) and off. What a
 * compliance manager must see: a pass without the attestation is neither
 * passed nor complete, a pass with it is passed with the score as the grade,
 * an officer who uses every attempt is failed, a failed attempt with attempts
 * left is no result yet (never the read-only review Moodle gives a final
 * status), and a suspended attempt resumes.
 */
import { expect } from '@open-wc/testing';
import { launch, type LmsSession } from './lms-host.js';
import { attest, buttonNamed, click, currentView, readToAssessment, saveAndExit, startCourse, t, takeAssessment } from './learner.js';
import { asMoodle12, manifestMasteryScore, moodleRecord } from './moodle-rules.js';

const GRADE_TO_PASS = 80;

/** From the cover, continue where the officer left off. */
async function continueWhereLeft(session: LmsSession): Promise<void> {
  const player = session.player();
  await player.updateComplete;
  if (player.shadowRoot!.querySelector('#view > fl-cover')) await startCourse(player);
  await player.updateComplete;
  await currentView(player).updateComplete;
}

for (const masteryOverride of [true, false]) {
  describe(`SCORM 1.2 in Moodle, "Mastery score overrides status" ${masteryOverride ? 'Yes (default)' : 'No'}`, () => {
    let s: LmsSession | undefined;
    let masteryScore = '';
    const moodle = (previous?: Record<string, unknown>) => launch('scorm12', asMoodle12({ masteryOverride, masteryScore, previous }));
    before(async () => {
      masteryScore = await manifestMasteryScore();
    });
    afterEach(() => s?.close());
    /** The officer comes back: a new launch from what Moodle stored, past the resume prompt. */
    const relaunch = async (): Promise<LmsSession> => {
      const stored = s!.stored();
      s!.close();
      s = await moodle(stored);
      await continueWhereLeft(s);
      return s;
    };
    /** The officer attests and leaves: Moodle then holds a pass with the grade, and the activity is complete. */
    const attestAndLeave = async (): Promise<void> => {
      await attest(s!.player());
      await saveAndExit(s!.player());
      expect(moodleRecord(s!, GRADE_TO_PASS)).to.deep.equal({ status: 'passed', grade: 100, completion: 'completed, passed' });
    };

    it('the manifest declares the mastery score, so the override rule is in play', () => {
      expect(masteryScore).to.equal(String(GRADE_TO_PASS));
    });

    it('a pass closed before the attestation is neither passed nor complete; attesting later makes it passed with the grade', async () => {
      s = await moodle();
      let player = s.player();
      await readToAssessment(player, { right: true });
      const drawn = player.controller!.session.currentAttempt()!.questions.length;
      await takeAssessment(player, drawn);
      expect(currentView(player).shadowRoot!.textContent).to.contain('You passed');
      await saveAndExit(player);
      const beforeAttesting = moodleRecord(s, GRADE_TO_PASS);
      expect(beforeAttesting.status, 'stored status before the attestation').to.equal('incomplete');
      expect(beforeAttesting.grade, 'no passing grade before the attestation').to.equal(null);
      expect(beforeAttesting.completion).to.equal('not completed');

      player = (await relaunch()).player();
      expect(player.controller!.place.view).to.equal('results');
      await attestAndLeave();
    });

    it('an officer who uses every attempt is failed, with the best score as the grade, and never complete', async () => {
      s = await moodle();
      const player = s.player();
      await readToAssessment(player, { right: false });
      const attempts = player.controller!.course.assessment.attempts;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        await takeAssessment(player, attempt);
        if (attempt < attempts) await click(buttonNamed(currentView(player).shadowRoot!, t.retry), 'Try again');
      }
      expect(player.controller!.session.progress().attemptsLeft).to.equal(0);
      await saveAndExit(player);
      const record = moodleRecord(s, GRADE_TO_PASS);
      expect(record.status).to.equal('failed');
      expect(record.grade).to.equal(Math.round((100 * attempts) / player.controller!.course.assessment.draw));
      expect(record.completion).to.equal('completed, failed');
    });

    it('a failed attempt with attempts left is no result yet; the next launch retakes it, and a pass with the attestation is passed', async () => {
      s = await moodle();
      let player = s.player();
      await readToAssessment(player, { right: true });
      await takeAssessment(player, 2);
      await saveAndExit(player);
      // A final status would reopen the course read-only (scorm_check_mode): no retake possible.
      expect(moodleRecord(s, GRADE_TO_PASS)).to.deep.equal({ status: 'incomplete', grade: null, completion: 'not completed' });

      player = (await relaunch()).player();
      expect(player.controller!.launch.mode, 'the retake is recorded').to.equal('normal');
      await click(buttonNamed(currentView(player).shadowRoot!, t.retry), 'Try again');
      await currentView(player).updateComplete;
      const drawn = player.controller!.session.currentAttempt()!.questions.length;
      await takeAssessment(player, drawn);
      await saveAndExit(player);
      expect(moodleRecord(s, GRADE_TO_PASS), 'passed, not yet attested').to.deep.equal({ status: 'incomplete', grade: null, completion: 'not completed' });

      await relaunch();
      await attestAndLeave();
    });

    it('a suspended attempt resumes where the officer stopped and is not complete', async () => {
      s = await moodle();
      let player = s.player();
      await readToAssessment(player, { right: true, stopAfter: 5 });
      const place = player.controller!.place;
      const visited = [...player.controller!.session.state.visited];
      await saveAndExit(player);
      expect(moodleRecord(s, GRADE_TO_PASS)).to.deep.equal({ status: 'incomplete', grade: null, completion: 'not completed' });
      const stored = s.stored();
      s.close();

      s = await moodle(stored);
      player = s.player();
      expect(player.controller!.place).to.deep.equal(place);
      expect([...player.controller!.session.state.visited]).to.have.members(visited);
    });
  });
}
