import { expect } from '@open-wc/testing';
import { launch, until, type LmsSession } from './lms-host.js';
import { buttonNamed, click, readToAssessment, startCourse } from './learner.js';
import { SPEC, STANDARDS } from './spec-table.js';
import { enPlayer } from '../../../src/components/i18n/en-player.js';

const noticeText = (s: LmsSession) =>
  s.player().shadowRoot!.querySelector('fl-notice')?.shadowRoot?.textContent ?? '';

/** Replaces one API method with a failing one (a fault a real LMS can produce but scorm-again will not). */
function failing(api: any, method: string, errorMethod: string, code: string, when: (args: unknown[]) => boolean = () => true) {
  const real = api[method].bind(api);
  const realError = api[errorMethod].bind(api);
  let broken = true;
  let failed = false;
  api[method] = (...args: unknown[]) => {
    failed = broken && when(args);
    return failed ? 'false' : real(...args);
  };
  api[errorMethod] = () => (failed ? code : realError());
  return {
    heal: () => {
      broken = false;
      failed = false;
    },
  };
}

for (const standard of STANDARDS) {
  const spec = SPEC[standard];
  const setValue = standard === 'scorm12' ? 'LMSSetValue' : 'SetValue';
  const lastError = standard === 'scorm12' ? 'LMSGetLastError' : 'GetLastError';

  describe(`${standard}: faults never cost the learner their progress`, () => {
    let s: LmsSession | undefined;
    afterEach(() => s?.close());

    it('with no LMS at all, says progress is not recorded and the course still works', async () => {
      s = await launch(standard, { noApi: true });
      const player = s.player();
      await until(() => noticeText(s!).includes('not being recorded'), 'the notice shows');
      await startCourse(player);
      const before = player.controller!.place;
      await click(buttonNamed(player.shadowRoot!, enPlayer.next), 'Next');
      expect(player.controller!.place).to.not.deep.equal(before);
    });

    it('when the LMS refuses a write, says so calmly and keeps recording the rest', async () => {
      s = await launch(standard, {
        tamper: (api) => failing(api, setValue, lastError, '351', (args) => args[0] === 'cmi.suspend_data'),
      });
      const player = s.player();
      await readToAssessment(player, { right: true, stopAfter: 2 });
      await until(() => noticeText(s!).includes('could not be saved'), 'the not-saving notice shows');
      await click(buttonNamed(player.shadowRoot!, enPlayer.saveAndExit), 'Save and exit');
      await until(() => s!.count(spec.finish) === 1, 'the session finished');
      expect(s.calls.some((c) => c.args[0] === spec.location)).to.equal(true);
      expect(s.calls.some((c) => c.args[0] === spec.sessionTime)).to.equal(true);
    });

    it('when a commit fails, shows a notice, and clears it once a later commit works', async () => {
      let fault: { heal(): void } | undefined;
      s = await launch(standard, { tamper: (api) => (fault = failing(api, spec.commit, lastError, '391')) });
      const player = s.player();
      await readToAssessment(player, { right: true, stopAfter: 6 });
      // Lesson changes wait for the next timed save; hiding the page saves now (LMS-COMPAT 18).
      hide(s);
      await until(() => noticeText(s!).includes('could not be saved'), 'the not-saving notice shows');
      fault!.heal();
      await readToAssessment(player, { right: true, stopAfter: 1 });
      hide(s);
      await until(() => noticeText(s!) === '', 'the notice clears after a good commit');
    });

    it('a page hidden and closed mid-lesson keeps its progress for the next launch', async () => {
      s = await launch(standard);
      const player = s.player();
      await readToAssessment(player, { right: true, stopAfter: 3 });
      const place = player.controller!.place;
      const visited = player.controller!.session.state.visited.size;
      hide(s);
      s.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      await until(() => s!.count(spec.finish) === 1, 'pagehide finished the session');
      expect(s.afterFinish).to.deep.equal([]);
      const stored = s.stored();
      s.close();

      s = await launch(standard, { previous: stored });
      expect(s.player().controller!.place).to.deep.equal(place);
      expect(s.player().controller!.session.state.visited.size).to.equal(visited);
    });
  });
}

/** What a browser does when the tab is switched away or the phone locks. */
function hide(s: LmsSession) {
  const doc = s.frame.contentDocument!;
  Object.defineProperty(doc, 'visibilityState', { value: 'hidden', configurable: true });
  doc.dispatchEvent(new Event('visibilitychange'));
}
