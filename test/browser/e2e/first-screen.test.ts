/**
 * Issue 13, the first lesson before the code: the launch page carries the
 * cover and the first lesson, rendered at build time (scripts/lib/prerender.ts).
 * With the player's code held back, as on a slow phone network, the officer
 * reads the cover, presses Start and reads the first lesson; when the code
 * arrives the player takes over there, records the lesson, and keeps focus on
 * its heading. A returning learner's early Start continues where they left off.
 */
import { expect } from '@open-wc/testing';
import { realCourse } from '../i18n/real-course.js';
import { launch, until, type LmsSession } from './lms-host.js';
import { MOODLE_LAUNCH as LAUNCH, moodle } from './moodle-frame.js';
import { deepActive } from '../../support/shadow-dom.js';
import { buttonNamed, click, currentView, startCourse, t } from './learner.js';


const frameDoc = () => document.querySelector('iframe')?.contentDocument ?? null;
/** The prerendered screen ('cover' or 'lesson') and the view inside its player shell. */
function firstScreen(which: 'cover' | 'lesson'): { box: HTMLElement; view: HTMLElement } | null {
  const box = frameDoc()?.querySelector<HTMLElement>(`.first-screen [data-screen=${which}]`);
  const view = box?.querySelector('fl-first-player')?.shadowRoot?.querySelector<HTMLElement>('#view > *');
  return box && view ? { box, view } : null;
}
const shown = (el: Element) => el.getClientRects().length > 0;
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** axe's violations in `el`, run inside its own frame (axe takes only nodes of its own window). */
async function axeViolations(el: Element): Promise<{ id: string; nodes: unknown[] }[]> {
  const doc = el.ownerDocument;
  const win = doc.defaultView as Window & { axe?: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    doc.head.append(script);
  }
  return (await win.axe!.run(el)).violations;
}

/** Launches with the player's code held back (as on a slow network) until `moodle('heal')`; resolves once the prerendered cover shows. */
async function launchWithCodeHeld(previous?: Record<string, unknown>): Promise<LmsSession> {
  await moodle('hold', 'app.js');
  const session = await launch('scorm12', { url: LAUNCH, waitForPlayer: false, ...(previous && { previous }) });
  await until(() => firstScreen('cover') !== null && shown(firstScreen('cover')!.view), 'the prerendered cover shows', 20_000);
  return session;
}

describe('SCORM 1.2 in a Moodle frame: the first screen before the code', () => {
  let s: LmsSession | undefined;
  afterEach(async () => {
    s?.close();
    s = undefined;
    await moodle('heal');
  });

  it('shows the cover with the code held back; Start shows the first lesson; the player then takes over there and records it', async function () {
    this.timeout(60_000);
    const course = realCourse();
    const lesson = course.modules[0]!.lessons[0]!;
    s = await launchWithCodeHeld();
    const cover = firstScreen('cover')!.view;
    expect(cover.localName).to.equal('fl-first-cover');
    expect(words(cover.shadowRoot!.querySelector('h2'))).to.equal(course.title);
    expect(frameDoc()!.querySelector('fl-player')!.shadowRoot, 'the player has not started').to.equal(null);
    expect(firstScreen('lesson')!.box.hidden, 'the lesson waits for Start').to.equal(true);

    await click(buttonNamed(cover.shadowRoot!, t.coverStart), 'Start on the prerendered cover');
    const early = firstScreen('lesson')!;
    expect(shown(early.view) && !shown(cover), 'the first lesson in place of the cover').to.equal(true);
    expect(words(early.view.shadowRoot!.querySelector('h2'))).to.equal(lesson.title);
    expect(deepActive(frameDoc()!), 'focus on the lesson heading').to.equal(early.view.shadowRoot!.querySelector('h2'));
    expect(s.calls.some((c) => c.method === 'LMSInitialize'), 'nothing is recorded before the code runs').to.equal(false);

    await moodle('heal');
    await until(() => s!.player()?.controller?.contentStatus() === 'ready' && currentView(s!.player()).localName === 'fl-lesson', 'the player took over on the first lesson', 20_000);
    const player = s.player();
    await (currentView(player) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(player.controller!.place).to.deep.equal({ view: 'lesson', id: lesson.id });
    expect([...player.controller!.session.state.visited]).to.deep.equal([lesson.id]);
    expect(frameDoc()!.querySelector('.first-screen'), 'the prerendered screen is gone').to.equal(null);
    await until(() => deepActive(frameDoc()!)?.localName === 'h2', 'focus on the player\'s lesson heading');
    expect(words(deepActive(frameDoc()!))).to.equal(lesson.title);
    await until(() => s!.value('cmi.core.lesson_location') !== '', 'the place is saved');
  });

  it('the prerendered first screen is accessible (axe) on the cover and on the first lesson', async function () {
    this.timeout(60_000);
    s = await launchWithCodeHeld();
    const screen = frameDoc()!.querySelector<HTMLElement>('.first-screen')!;
    expect(await axeViolations(screen), 'the cover').to.deep.equal([]);
    await click(buttonNamed(firstScreen('cover')!.view.shadowRoot!, t.coverStart), 'Start');
    expect(firstScreen('lesson')!.box.hidden).to.equal(false);
    expect(await axeViolations(screen), 'the first lesson').to.deep.equal([]);
  });

  it('a returning learner who presses Start before the code arrives continues where they left off', async function () {
    this.timeout(60_000);
    const course = realCourse();
    const second = course.modules[1]!.lessons[0]!;
    // A first session that reached the second module, then saved and exited.
    s = await launch('scorm12', { url: LAUNCH });
    await startCourse(s.player());
    s.player().controller!.go({ view: 'lesson', id: second.id });
    await until(() => currentView(s!.player()).localName === 'fl-lesson' && s!.player().controller!.contentStatus() === 'ready', 'the second module\'s lesson');
    await click(buttonNamed(s.player().shadowRoot!, t.saveAndExit), t.saveAndExit);
    const stored = s.lastCommitted();
    s.close();

    s = await launchWithCodeHeld(stored);
    await click(buttonNamed(firstScreen('cover')!.view.shadowRoot!, t.coverStart), 'Start');
    await moodle('heal');
    await until(() => s!.player()?.controller?.contentStatus() === 'ready' && currentView(s!.player()).localName === 'fl-lesson', 'the player took over', 20_000);
    expect(s.player().controller!.place, 'where they left off, not the first lesson').to.deep.equal({ view: 'lesson', id: second.id });
    expect(s.player().controller!.session.state.visited.has(second.id)).to.equal(true);
  });

  it('after 15 s without the code it says the connection may be slow, by CSS alone', async function () {
    this.timeout(60_000);
    s = await launchWithCodeHeld();
    const slow = frameDoc()!.querySelector<HTMLElement>('.first-screen .slow')!;
    expect(slow.getBoundingClientRect().height, 'not yet').to.equal(0);
    // The page's own CSS animation, moved on to 15 s rather than waited for.
    const [wait] = slow.getAnimations();
    expect(wait, 'a CSS animation, no script').to.not.equal(undefined);
    wait!.currentTime = 15_000;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(slow.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(words(slow)).to.equal(t.contentFailedText);
  });

  it('without JavaScript only the message that the course needs it shows, not a cover whose Start cannot work', async () => {
    // A frame sandboxed without allow-scripts runs no script, so its <noscript> applies (HTML 4.12.2).
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.src = LAUNCH;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      expect(shown(doc.querySelector('.no-js')!), 'the no-JavaScript message').to.equal(true);
      expect(shown(doc.querySelector('.first-screen')!), 'the first screen').to.equal(false);
    } finally {
      frame.remove();
    }
  });
});
