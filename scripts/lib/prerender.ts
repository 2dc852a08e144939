/**
 * The launch page's first screen, rendered at build time by the player's own
 * components (Lit SSR, declarative shadow DOM): the cover and, hidden until
 * Start, the first lesson (issue 13: the first lesson on screen in 1.2 s on
 * slow 3G, before any of the code has arrived).
 *
 * The markup is inert: its elements are renamed (`fl-player` → `fl-first-player`)
 * so that the player's code, when it arrives, upgrades none of them; the real
 * `<fl-player>` around it draws itself over it (fl-player.ts). Nothing here is
 * hydrated, so Lit's hydration markers go.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { Course } from '../../src/content/types.js';
import type { CourseController } from '../../src/session/course-controller.js';
import type { PlayerView } from '../../src/session/player-view.js';
import { firstScreens } from '../../src/session/first-screen.js';
import { useStrings, type Catalogue } from '../../src/components/i18n/strings.js';
import '../../src/components/player/fl-player.js';
// Defined, so that a first lesson with a question renders it rather than the views' "Loading…".
import '../../src/components/lazy/lazy-views.js';

export interface FirstScreenHtml {
  cover: string;
  /** Empty when the course opens on something other than a lesson. */
  lesson: string;
  /** The line shown after 15 s without the code, in the same words (text, for the page's renderer to escape). */
  slow: string;
}

/** The prefix the first screen's elements get: no code defines `fl-first-*`. */
export const FIRST_SCREEN_PREFIX = 'fl-first-';

/** `course`: in the language the package starts in, the site's details filled (as the player would show it). */
export function prerenderFirstScreen(course: Course, strings: Catalogue): FirstScreenHtml {
  useStrings(strings);
  const { cover, lesson } = firstScreens(course);
  return { cover: renderPlayer(cover), lesson: lesson ? renderPlayer(lesson) : '', slow: strings.contentFailedText };
}

function renderPlayer(view: PlayerView): string {
  // Server rendering calls only `view()` and the change listeners: no learner acts on this player.
  const controller = { view: () => view, addEventListener() {}, removeEventListener() {}, whenFirstContentPainted() {} } as unknown as CourseController;
  const markup = collectResultSync(render(html`<fl-player .controller=${controller}></fl-player>`));
  return withoutContents(inert(markup));
}

/**
 * The contents list grows with the course (at ten times this course it would
 * be two thirds of the first screen's bytes) and works only with the code, so
 * it is left for the player: its empty element keeps its column on a wide
 * screen, so the lesson does not move when the player fills it in.
 */
function withoutContents(markup: string): string {
  const tag = `${FIRST_SCREEN_PREFIX}course-nav`;
  return markup.replace(new RegExp(`(<${tag}[^>]*>)[\\s\\S]*?(</${tag}>)`, 'g'), '$1$2');
}

/** Without Lit's hydration markers and with every custom element renamed; white space squeezed. */
export function inert(markup: string): string {
  const tags = new Set([...markup.matchAll(/<(fl-[a-z0-9-]+)/g)].map((m) => m[1]!));
  let out = markup
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '')
    .replace(/ defer-hydration/g, '')
    .replace(/ shadowroot="open"/g, '')
    // The browser collapses runs of white space in this markup (it has no <pre>), and Lit's escaping leaves no raw `>` in text.
    .replace(/\s+/g, ' ')
    .replace(/\s+>/g, '>')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${squeezeCss(css)}</style>`);
  // In tags and in CSS selectors (the player's `fl-course-nav { … }`); custom properties (`--fl-…`) are other names.
  for (const tag of tags) out = out.replace(new RegExp(`(?<![\\w-])${tag}(?![\\w-])`, 'g'), FIRST_SCREEN_PREFIX + tag.slice('fl-'.length));
  return out;
}

/** Comments and runs of white space out of a style sheet: it is inlined in every shadow root of the page. */
function squeezeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .trim();
}
