/**
 * Issue 13, load on demand, in an LMS frame at Moodle's kind of path
 * (`/pluginfile.php/12/mod_scorm/content/3/index.html`, test/support/moodle-path.ts):
 * the first lesson needs only its own module's file; the others are fetched
 * in idle time once it is on screen, never before; and a module whose file
 * fails shows a Try again that works, with the learner's place and progress kept.
 */
import { expect } from '@open-wc/testing';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import { realCourse } from '../i18n/real-course.js';
import { launch, until, type LmsSession } from './lms-host.js';
import { MOODLE_LAUNCH as LAUNCH, MOODLE_PACKAGE, moodle } from './moodle-frame.js';
import { spanish as spanishStrings } from '../../../src/components/i18n/spanish.js';
import { buttonNamed, click, contentShown, currentView, deepAll, startCourse, t } from './learner.js';


/** The package's files under `folder` the frame requested, with when each request started (Resource Timing). */
function requestsUnder(s: LmsSession, folder: string): { url: string; start: number }[] {
  return (s.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((r) => new URL(r.name).pathname.startsWith(`${MOODLE_PACKAGE}/${folder}`))
    .map((r) => ({ url: new URL(r.name).pathname + new URL(r.name).search, start: r.startTime }));
}
/** The course outline every launch starts from (content/course.<hash>.json). */
const OUTLINE = /\/content\/course\.[0-9a-f]{10}\.json$/;
/** The content files (modules and bank) requested, the outline aside, and the mark of the first content on screen. */
const contentRequests = (s: LmsSession) => requestsUnder(s, 'content/').filter((r) => !OUTLINE.test(r.url));
const firstContentMark = (s: LmsSession) => s.win.performance.getEntriesByName('frontline:first-content')[0];

/** The element that has focus, through the shadow roots: its tag and its host's. */
function focused(player: FlPlayer): string[] {
  const path: string[] = [];
  let el: Element | null = player.ownerDocument.activeElement;
  while (el) {
    path.push(el.localName);
    el = el.shadowRoot?.activeElement ?? null;
  }
  return path;
}

describe('SCORM 1.2 in a Moodle frame: module content loads on demand', () => {
  let s: LmsSession | undefined;
  afterEach(async () => {
    s?.close();
    await moodle('heal');
  });

  it('the first lesson loads only its module, relative to the pluginfile.php path; the rest comes in idle time after it is painted', async () => {
    s = await launch('scorm12', { url: LAUNCH });
    const course = s.player().controller!.course;
    expect(s.win.location.pathname).to.equal(LAUNCH);
    // The cover first (its module's file is fetched meanwhile); Start shows the first lesson.
    expect(currentView(s.player()).localName).to.equal('fl-cover');
    await startCourse(s.player());
    expect(currentView(s.player()).localName).to.equal('fl-lesson');
    await until(() => firstContentMark(s!) !== undefined, 'the first lesson was painted');
    const painted = firstContentMark(s)!.startTime;
    const folder = `${MOODLE_PACKAGE}/content/en/`;
    expect(requestsUnder(s, 'content/').filter((r) => OUTLINE.test(r.url)), 'the outline, once').to.have.length(1);
    const before = contentRequests(s).filter((r) => r.start < painted);
    expect(before.map((r) => r.url)).to.have.length(1);
    expect(before[0]!.url).to.match(new RegExp(`^${folder}${course.modules[0]!.id}\\.[0-9a-f]{10}\\.json$`));
    // Every other module and the bank, once each, after the first lesson was on screen; nothing in Spanish.
    const all = course.modules.length + 1;
    await until(() => contentRequests(s!).length >= all, 'every content file was prefetched', 20_000);
    const requests = contentRequests(s);
    expect(requests).to.have.length(all);
    expect(requests.every((r) => r.url.startsWith(folder))).to.equal(true);
    for (const r of requests.slice(1)) expect(r.start, r.url).to.be.greaterThan(painted);
    expect(requests.some((r) => /\/assessment\.[0-9a-f]{10}\.json$/.test(r.url))).to.equal(true);
  });

  it('the cover fetches the first lesson\'s file but opens nothing: Start does', async () => {
    s = await launch('scorm12', { url: LAUNCH });
    const c = s.player().controller!;
    await until(() => c.contentStatus() === 'ready', 'the first module arrived while the cover shows');
    await new Promise((r) => s!.win.requestAnimationFrame(() => s!.win.setTimeout(r, 50)));
    expect(currentView(s.player()).localName).to.equal('fl-cover');
    expect([...c.session.state.visited], 'no lesson counts as opened from the cover').to.deep.equal([]);
    await startCourse(s.player());
    expect([...c.session.state.visited]).to.deep.equal([c.course.modules[0]!.lessons[0]!.id]);
  });

  it('a Spanish learner gets the Spanish files: the titles at launch, each module and the bank as they are needed', async () => {
    s = await launch('scorm12', { url: LAUNCH, data: { student_preference: { language: 'es' } } });
    const course = s.player().controller!.course;
    expect(course.language).to.equal('es');
    await startCourse(s.player(), spanishStrings);
    expect(currentView(s.player()).shadowRoot!.querySelector('h2')!.textContent?.trim()).to.equal(course.modules[0]!.lessons[0]!.title);
    const all = course.modules.length + 1;
    const spanish = () => contentRequests(s!).filter((r) => r.url.startsWith(`${MOODLE_PACKAGE}/content/es/`));
    await until(() => spanish().length >= all, 'every Spanish content file was prefetched', 20_000);
    expect(spanish()).to.have.length(all);
    // Only the file the launch page preloads for a new English learner is English.
    const english = contentRequests(s).filter((r) => !r.url.startsWith(`${MOODLE_PACKAGE}/content/es/`));
    expect(english.map((r) => r.url)).to.have.length(1);
    expect(english[0]!.url).to.match(new RegExp(`/content/en/${course.modules[0]!.id}\\.`));
    const translation = (s.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('/translations/es.json'));
    expect(translation).to.have.length(1);
  });

  it('a module whose file fails shows Try again without losing the place; pressing it after the network recovers shows the lesson', async function () {
    this.timeout(60_000);
    const second = realCourse().modules[1]!;
    const target = second.lessons[0]!;
    // Every request for the second module's file fails, the idle prefetch's included.
    await moodle('fail', `content/en/${second.id}.`);
    s = await launch('scorm12', { url: LAUNCH });
    const player = s.player();
    const practiceBefore = player.controller!.session.state.practice.size;
    // The learner opens the second module from the contents.
    await click(deepAll<HTMLButtonElement>(player.shadowRoot!.querySelector('fl-course-nav')!.shadowRoot!, 'button').find((b) => b.textContent?.trim() === target.title), target.title);
    await until(() => player.controller!.contentStatus() === 'failed', 'the load gave up', 20_000);
    await player.updateComplete;
    const status = currentView(player);
    expect(status.localName).to.equal('fl-content-status');
    await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const retry = buttonNamed(status.shadowRoot!, t.contentRetry);
    expect(retry, 'a Try again button').to.exist;
    expect(status.shadowRoot!.textContent).to.contain(t.contentFailedTitle);
    expect(focused(player), 'focus is on the message').to.include('fl-content-status');
    // The place is saved (a reload would come back here), and the lesson is not counted as opened.
    const place = `lesson:${target.id}`;
    await until(() => s!.commits.length > 0 && s!.lastCommitted()['core'] !== undefined && (s!.lastCommitted() as { core: { lesson_location?: string } }).core.lesson_location === place, 'the place was committed');
    expect(player.controller!.session.state.visited.has(target.id)).to.equal(false);
    expect(s.calls.filter((c) => /interactions\.\d+\.id$/.test(String(c.args[0])) && String(c.args[1]).startsWith(second.id))).to.deep.equal([]);

    // The network is back: Try again shows the lesson, focus on its heading.
    await moodle('heal');
    await click(retry, 'Try again');
    await contentShown(player);
    await until(() => currentView(player).localName === 'fl-lesson', 'the lesson is shown');
    const lesson = currentView(player) as unknown as { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
    await lesson.updateComplete;
    await until(() => focused(player).includes('fl-lesson'), 'focus moved to the lesson');
    expect(lesson.shadowRoot.querySelector('h2')!.textContent?.trim()).to.equal(target.title);
    expect(player.controller!.session.state.visited.has(target.id)).to.equal(true);
    expect(player.controller!.session.state.practice.size).to.equal(practiceBefore);
    expect(s.value('cmi.core.lesson_location')).to.equal(place);

    // Relaunched from what the LMS stored: the learner is offered this lesson.
    await click(buttonNamed(player.shadowRoot!, t.saveAndExit), t.saveAndExit);
    const stored = s.lastCommitted();
    s.close();
    s = await launch('scorm12', { url: LAUNCH, previous: stored });
    expect(s.player().controller!.place).to.deep.equal({ view: 'lesson', id: target.id });
    expect(s.player().controller!.session.state.visited.has(target.id)).to.equal(true);
  });

  it('the first lesson waits for none of the other views: they load in idle time after it is painted', async () => {
    s = await launch('scorm12', { url: LAUNCH });
    await startCourse(s.player());
    await until(() => firstContentMark(s!) !== undefined, 'the first lesson was painted');
    const painted = firstContentMark(s)!.startTime;
    await until(() => requestsUnder(s!, 'views.js').length > 0, 'the views were prefetched', 20_000);
    const views = requestsUnder(s, 'views.js');
    expect(views).to.have.length(1);
    expect(views[0]!.start).to.be.greaterThan(painted);
    // An English learner never fetches the Spanish interface strings.
    expect(requestsUnder(s, 'strings-es.js')).to.deep.equal([]);
  });

  it('views that fail to load show Try again without losing the place; pressing it after the network recovers shows the check', async function () {
    this.timeout(60_000);
    const first = realCourse().modules[0]!;
    await moodle('fail', 'views.js');
    s = await launch('scorm12', { url: LAUNCH });
    const player = s.player();
    await startCourse(player);
    const visited = [...player.controller!.session.state.visited];
    // The first module's knowledge check (first in the contents) needs the question views, which cannot be loaded.
    await click(deepAll<HTMLButtonElement>(player.shadowRoot!.querySelector('fl-course-nav')!.shadowRoot!, 'button').find((b) => b.textContent?.includes(t.knowledgeCheck)), 'the first module\'s check');
    await until(() => currentView(player).localName === 'fl-content-status' && (currentView(player) as unknown as { status: string }).status === 'failed', 'the views failed', 20_000);
    const status = currentView(player) as unknown as HTMLElement & { updateComplete: Promise<unknown> };
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).to.contain(t.contentFailedTitle);
    expect(player.controller!.place).to.deep.equal({ view: 'check', id: first.id });
    expect([...player.controller!.session.state.visited]).to.deep.equal(visited);

    await moodle('heal');
    await click(buttonNamed(status.shadowRoot!, t.contentRetry), 'Try again');
    await until(() => currentView(player).localName === 'fl-knowledge-check', 'the check is shown');
    // The retry asked under a new address: the browser keeps the failed one's error.
    expect(requestsUnder(s, 'views.js').map((r) => r.url).at(-1)).to.match(/views\.js\?retry=\d+$/);
  });

  it('a course outline that fails to load shows Try again, and the course starts once it loads', async function () {
    this.timeout(60_000);
    await moodle('fail', 'content/course.');
    const frame = launch('scorm12', { url: LAUNCH });
    // The launch waits for the outline: the frame shows the failure with Try again.
    const statusShown = () => document.querySelector('iframe')?.contentDocument?.querySelector('fl-content-status') ?? null;
    await until(() => statusShown() !== null, 'the failure shows', 20_000);
    const status = statusShown() as unknown as HTMLElement & { updateComplete: Promise<unknown> };
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).to.contain(t.contentFailedTitle);
    await moodle('heal');
    await click(buttonNamed(status.shadowRoot!, t.contentRetry), 'Try again');
    s = await frame;
    expect(currentView(s.player()).localName).to.equal('fl-cover');
  });
});
