/**
 * Screenshots of the accordion, tabs and steps blocks as the real course shows them, in the player at a
 * phone and a desktop size (saved to .cache/screenshots/ by the `save-screenshot` server command), each
 * with the checks a learner would notice: axe finds nothing, no sideways scrolling, no text cut off, and
 * the block in use (a section open, another tab chosen). Also the tabs in Spanish on the phone, whose
 * longer names must wrap rather than scroll.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { FlPlayer } from '../../../src/components/player/fl-player.js';
import type { Block } from '../../../src/content/types.js';
import type { CourseController } from '../../../src/session/course-controller.js';
import { deepAll } from '../e2e/learner.js';
import { play } from '../i18n/play.js';
import { nextTask, renderedAndPainted } from '../../support/settle.js';
import { view } from '../../support/settle.js';
import { clippedText } from './layout.js';

const SIZES = {
  phone: { width: 360, height: 640 },
  desktop: { width: 1280, height: 800 },
} as const;
type Size = keyof typeof SIZES;
type Kind = Extract<Block['kind'], 'accordion' | 'tabs' | 'steps'>;

/** Where each block is in the rendered lesson. */
const SELECTOR: Record<Kind, string> = { accordion: '.accordion', tabs: 'fl-tabs', steps: '.steps' };

/** A lesson of the real course holding each block (lesson ids are permanent): what to say, clear wording, after an incident. */
const LESSON: Record<Kind, string> = { accordion: 'm6_l_calm', tabs: 'm4_l_explain', steps: 'm8_l_facts' };

/** Opens the lesson and puts the block in use, as an officer would: the first section open, the second tab chosen. */
async function showBlock(player: FlPlayer, controller: CourseController, kind: Kind): Promise<HTMLElement> {
  controller.go({ view: 'lesson', id: LESSON[kind] });
  await renderedAndPainted(() => player);
  const block = view(player).shadowRoot!.querySelector<HTMLElement>(SELECTOR[kind]);
  expect(block, kind).to.exist;
  if (kind === 'accordion') block!.querySelector('summary')!.click();
  if (kind === 'tabs') deepAll<HTMLButtonElement>(block!.shadowRoot!, '[role="tab"]')[1]!.click();
  await renderedAndPainted(() => player);
  block!.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -16);
  // Past the buttons' colour transition (0.15 s), so the picture shows the tab as it ends up.
  await nextTask(200);
  await renderedAndPainted(() => player);
  return block!;
}

async function checkScreen(player: FlPlayer, name: string): Promise<void> {
  await executeServerCommand('save-screenshot', { name });
  const root = document.documentElement;
  expect(root.scrollWidth, `${name}: the page scrolls sideways`).to.be.at.most(root.clientWidth);
  expect(clippedText(document), `${name}: text cut off`).to.deep.equal([]);
  await expect(player).to.be.accessible();
}

describe('screenshots of the accordion, tabs and steps blocks', () => {
  before(() => (document.body.style.margin = '0'));
  afterEach(() => {
    sessionStorage.clear();
    return setViewport({ width: 800, height: 600 });
  });

  for (const size of Object.keys(SIZES) as Size[]) {
    for (const kind of ['accordion', 'tabs', 'steps'] as const) {
      it(`${kind} at ${SIZES[size].width}×${SIZES[size].height}`, async () => {
        await setViewport(SIZES[size]);
        const { player, controller } = await play('en');
        const block = await showBlock(player, controller, kind);
        if (kind === 'accordion') expect(block.querySelector('details')!.open, 'the first section is open').to.equal(true);
        if (kind === 'tabs') expect(block.shadowRoot!.querySelectorAll('[role="tab"]')[1]!.getAttribute('aria-selected')).to.equal('true');
        await checkScreen(player, `${size}-block-${kind}`);
      });
    }
  }

  it('tabs in Spanish at 360×640: Spanish names, wrapped onto the screen', async () => {
    await setViewport(SIZES.phone);
    const { player, controller } = await play('es');
    const block = await showBlock(player, controller, 'tabs');
    const tabs = deepAll<HTMLButtonElement>(block.shadowRoot!, '[role="tab"]');
    expect(tabs.map((t) => t.textContent!.trim())).to.include('Una revisión de bolsos');
    for (const tab of tabs) expect(tab.getBoundingClientRect().right, tab.textContent!.trim()).to.be.at.most(SIZES.phone.width);
    await checkScreen(player, 'phone-block-tabs-es');
  });
});
