/**
 * Moodle's SCORM 1.2 player rules, on top of scorm-again, for the tests that
 * play the course "as Moodle would store it". Each rule follows Moodle's
 * mod_scorm source and names the file it comes from:
 *
 * - mod/scorm/datamodels/scorm_12.js, StoreData(data, storetotaltime): at
 *   LMSFinish (storetotaltime = true; LMSCommit passes false), a status still
 *   "not attempted" becomes "completed"; then, in lesson_mode "normal" with
 *   credit "credit", when cmi.student_data.mastery_score and
 *   cmi.core.score.raw are both set, lesson_status is recomputed: "passed" if
 *   raw ≥ mastery, else "failed", whatever the SCO wrote ("incomplete"
 *   included). The activity setting "Mastery score overrides status"
 *   (masteryoverride, default Yes) turns this recomputation on or off.
 * - The mastery score Moodle hands the SCO is the manifest's
 *   adlcp:masteryscore (mod/scorm/datamodels/scorm_12lib.php, get_scorm_default).
 * - Relaunch (mod/scorm/lib.php, scorm_check_mode): once lesson_status is
 *   completed, passed or failed, the next launch opens the attempt in review
 *   mode (lesson_mode "review", credit "no-credit") unless the learner asks
 *   for a new attempt, which starts with no data.
 * - Grade and completion (mod/scorm/locallib.php, scorm_grade_user_attempt
 *   with "Highest grade": the highest cmi.core.score.raw whatever the status;
 *   lib/completionlib.php internal_get_grade_state): with the README's
 *   completion rule "Receive a grade" and a gradebook "Grade to pass", no
 *   grade is not complete, a grade at or above it is "Completed (achieved
 *   pass grade)", one below it "Completed (did not achieve pass grade)".
 */
import type { LaunchOptions, LmsSession } from './lms-host.js';

type Scorm12Like = {
  cmi: { core: { lesson_status: string; lesson_mode: string; credit: string; score: { raw: string } }; student_data: { mastery_score: string } };
  LMSFinish(param: string): string;
};

/** The mastery score Moodle would hand the SCO: the package manifest's adlcp:masteryscore. */
export async function manifestMasteryScore(packages = '/.cache/packages'): Promise<string> {
  const xml = await (await fetch(`${packages}/scorm12/imsmanifest.xml`)).text();
  return new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('adlcp:masteryscore')[0]?.textContent?.trim() ?? '';
}

/**
 * Launch options that make scorm-again behave like Moodle's 1.2 player:
 * the manifest's mastery score, and the status override at LMSFinish when
 * `masteryOverride` is on (Moodle's default).
 */
export function asMoodle12(options: { masteryOverride: boolean; masteryScore: string } & LaunchOptions): LaunchOptions {
  const { masteryOverride, masteryScore, ...rest } = options;
  const finalStatus = ['completed', 'passed', 'failed'].includes(storedStatus(rest.previous));
  return {
    ...rest,
    // scorm_12lib.php get_scorm_default: credit in normal mode; scorm_check_mode: review once the status is final.
    data: {
      ...(rest.data ?? {}),
      core: finalStatus ? { credit: 'no-credit', lesson_mode: 'review' } : { credit: 'credit', lesson_mode: 'normal' },
      student_data: { mastery_score: masteryScore },
    },
    tamper: (api) => {
      rest.tamper?.(api);
      // scorm-again has an override of its own (setting mastery_override, on by default): off, so
      // Moodle's rule below, with its activity setting, is the only one.
      (api as unknown as { settings: Record<string, unknown> }).settings = { mastery_override: false, score_overrides_status: false };
      const lms = api as unknown as Scorm12Like;
      const finish = lms.LMSFinish.bind(api);
      lms.LMSFinish = (param: string) => {
        const core = lms.cmi.core;
        // scorm_12.js StoreData: "not attempted" is stored as "completed".
        if (core.lesson_status === 'not attempted') core.lesson_status = 'completed';
        const mastery = lms.cmi.student_data.mastery_score;
        if (masteryOverride && core.lesson_mode === 'normal' && core.credit === 'credit' && mastery !== '' && core.score.raw !== '') {
          core.lesson_status = parseFloat(core.score.raw) >= parseFloat(mastery) ? 'passed' : 'failed';
        }
        return finish(param);
      };
    },
  };
}

function storedStatus(stored: Record<string, unknown> | undefined): string {
  return (stored as { core?: { lesson_status?: string } } | undefined)?.core?.lesson_status ?? '';
}

export interface MoodleRecord {
  status: string;
  /** The gradebook grade ("Highest grade", out of 100), or null when no score is stored. */
  grade: number | null;
  /** Activity completion with the README's rule: "Receive a grade" and a gradebook "Grade to pass". */
  completion: 'not completed' | 'completed, passed' | 'completed, failed';
}

/** What Moodle shows for the attempt, from what it stored. */
export function moodleRecord(session: LmsSession, gradeToPass: number): MoodleRecord {
  const core = (session.stored() as { core?: { lesson_status?: string; score?: { raw?: string } } }).core ?? {};
  const raw = core.score?.raw ?? '';
  const grade = raw === '' ? null : Number(raw);
  const completion = grade === null ? 'not completed' : grade >= gradeToPass ? 'completed, passed' : 'completed, failed';
  return { status: core.lesson_status ?? '', grade, completion };
}
