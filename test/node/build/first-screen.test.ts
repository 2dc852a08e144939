// The launch page's prerendered first screen (scripts/lib/prerender.ts), as
// the build writes it: the cover, and the first lesson hidden until Start,
// drawn by the player's own components as inert markup that no code upgrades.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from '../../../scripts/lib/build.js';
import { FIRST_SCREEN_PREFIX, inert } from '../../../scripts/lib/prerender.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import type { Course } from '../../../src/content/types.js';
import { copyFixtureCourse } from '../../fixtures/course-copy.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-first-screen-'));
const modules = copyFixtureCourse();
/** A firm's site file with its colours: the first screen wears them before the player sets them. */
const SITE = 'firm: Northgate Security\nsite: Riverside Mall\ncontrol: Control\nemergency_phone: "911"\nsupervisor_phone: "0800"\nlost_child_procedure: Radio Control.\nbackup_procedure: Press the red button.\nbrand_colour: "#14532D"\naccent_colour: "#7c2d12"\n';
let course: Course;
let page: string;
let app: string;

before(async () => {
  writeFileSync(join(modules, 'site.yaml'), SITE);
  const built = await build({ modules, targets: ['scorm12'], out: join(tmp, 'out'), log: () => {} });
  assert.ok(built.ok, 'the fixture course builds');
  course = built.course;
  const [unpacked] = await unpackPackages(join(tmp, 'out'), join(tmp, 'unpacked'));
  page = readFileSync(join(unpacked!.dir, 'index.html'), 'utf8');
  app = readFileSync(join(unpacked!.dir, 'app.js'), 'utf8');
});
after(() => [tmp, modules].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The markup of one prerendered screen. */
const screen = (which: 'cover' | 'lesson') => new RegExp(`<div data-screen="${which}"( hidden)?>([\\s\\S]*?)</fl-first-player></div>`).exec(page);

describe('the prerendered first screen', () => {
  test('the cover, in declarative shadow DOM, with the course title, its description and Start', () => {
    const cover = screen('cover');
    assert.ok(cover, 'a cover screen');
    assert.equal(cover[1], undefined, 'shown');
    assert.match(cover[2]!, /^<fl-first-player><template shadowrootmode="open"><style>/);
    assert.match(cover[2]!, /<fl-first-cover><template shadowrootmode="open">/);
    // The fixture's title holds & " < > ': Lit's renderer escapes it; it never appears raw.
    assert.ok(!page.includes('<Basics>'), 'no raw markup from the title');
    assert.ok(cover[2]!.includes('Front desk &amp;'), 'the title, escaped');
    assert.match(cover[2]!, /<button class="primary"[^>]*>Start the course<\/button>/);
  });

  test('in the firm\'s colours, set on the page before any script runs', () => {
    assert.match(page, /^<!doctype html>\n<html lang="en" style="--fl-brand:#14532d;--fl-accent:#7c2d12">/, "the validator's colours (lower case)");
  });

  test('the first lesson, hidden until Start, with its title and its first paragraph', () => {
    const lesson = screen('lesson');
    const first = course.modules[0]!.lessons[0]!;
    assert.ok(lesson, 'a lesson screen');
    assert.equal(lesson[1], ' hidden');
    assert.ok(lesson[2]!.includes(`<h2 id="lesson-title" tabindex="-1">${first.title}</h2>`), first.title);
    const paragraph = first.blocks.find((b) => b.kind === 'paragraph');
    if (paragraph?.kind === 'paragraph') assert.ok(lesson[2]!.includes(paragraph.text.slice(0, 30)), 'its first paragraph');
  });

  test('inert: every element is renamed, so no code upgrades it, and no hydration markers are left', () => {
    const tags = new Set([...page.matchAll(/<(fl-[a-z-]+)/g)].map((m) => m[1]!));
    assert.deepEqual([...tags].filter((tag) => !tag.startsWith(FIRST_SCREEN_PREFIX)), ['fl-player'], 'only the page\'s own <fl-player> is live');
    for (const tag of tags) if (tag.startsWith(FIRST_SCREEN_PREFIX)) assert.ok(!app.includes(`"${tag}"`), `${tag} is defined by no code`);
    assert.ok(!/lit-part|lit-node|defer-hydration/.test(page), 'no Lit hydration markers');
  });

  test('Start works before the code: the inline script shows the lesson and marks the player', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    assert.ok(script.includes('data-start-tapped') && script.includes('[data-screen=lesson]'), 'the first screen script');
    assert.ok(script.length < 1024, `small (${script.length} bytes)`);
  });

  test('inert() renames tags and the selectors that name them, never custom properties', () => {
    const markup = '<!--lit-part x--><fl-player defer-hydration><template shadowroot="open" shadowrootmode="open"><style>fl-course-nav { color: var(--fl-accent); } /* why */</style><fl-course-nav></fl-course-nav></template></fl-player><!--/lit-part-->';
    assert.equal(inert(markup), '<fl-first-player><template shadowrootmode="open"><style>fl-first-course-nav{color: var(--fl-accent);}</style><fl-first-course-nav></fl-first-course-nav></template></fl-first-player>');
  });
});
