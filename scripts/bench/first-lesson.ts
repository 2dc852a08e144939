/**
 * Time until the first lesson's text is on screen, the SCORM 1.2 package
 * inside the LMS page, on a phone: a cold browser per run (fresh profile,
 * cache disabled), 4× CPU and slow 3G (phone-network.ts). Each round loads
 * the course and the Lit-only reference page (reference-page.ts) side by
 * side, served gzip and uncompressed, the order switching every round so
 * neither always goes first. Timed on the course frame's clock from its
 * navigation start: loading the LMS's own runtime is the LMS's cost.
 */
import type { Course } from '../../src/content/types.js';
import { launchCold } from './chromium.js';
import { codeRequestedBefore, DATA, gzipBytes, type LoggedRequest } from './needed-code.js';
import { emulatePhone } from './phone-network.js';
import { firstLessonText } from './play-plan.js';
import { REFERENCE } from './reference-page.js';
import { ratioSpread, spread, type Spread } from './stats.js';

export type Encoding = 'gzip' | 'identity';
export const ENCODINGS: readonly Encoding[] = ['gzip', 'identity'];

export interface EncodingFigures {
  /** Course frame navigation start → first lesson painted. */
  courseMs: Spread;
  /** → the frame's first contentful paint (the launch page's prerendered first screen). */
  firstPaintMs: Spread;
  /** → the cover's Start button there to tap. */
  coverMs: Spread;
  /** → the player's own first lesson on screen, its controls working (the prerendered one taken over). */
  interactiveMs: Spread;
  referenceMs: Spread;
  /** Course ÷ reference, run by run. */
  ratio: Spread;
}

export interface FirstLesson {
  byEncoding: Record<Encoding, EncodingFigures>;
  /** gzip -9 bytes of the package's JS and CSS requested before the player's own first lesson showed (gzip runs). */
  neededJsCssBytes: Spread;
  /** The files counted in the last run. */
  neededFiles: string[];
  /** gzip -9 bytes of the package's JSON (outline, content) requested by then: data, not code, so no budget. */
  neededDataBytes: Spread;
  neededDataFiles: string[];
  /** gzip -9 bytes of the launch page, its prerendered first screen included. */
  launchPageBytes: number;
}

/** A phone, as most officers use (issue 5). */
const VIEWPORT = { width: 360, height: 640 };

interface Sample {
  frameMs: number;
  firstPaintMs: number | null;
  coverMs: number | null;
  interactiveMs: number;
  neededFiles: string[];
  dataFiles: string[];
}

/** One cold load of `/pkg/<pkg>/` in the LMS frame. */
async function loadOnce(lmsUrl: string, pkg: string, text: { title: string; paragraph: string | null }): Promise<Sample> {
  const cold = await launchCold();
  try {
    const page = await cold.browser.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    const requests: LoggedRequest[] = [];
    cdp.on('Network.requestWillBeSent', (e) => void requests.push({ url: e.request.url, wallTime: e.wallTime }));
    await emulatePhone(cdp);
    const query = new URLSearchParams({ 'first-lesson': 'scorm12', pkg, title: text.title, ...(text.paragraph !== null && { paragraph: text.paragraph }) });
    await page.goto(`${lmsUrl}?${query}`, { waitUntil: 'domcontentloaded', timeout: 0 });
    await page.waitForFunction('window.firstLessonSeen !== undefined', { timeout: 0 });
    const seen = await page.evaluate<[], () => Promise<{ frameMs: number; seenAtMs: number; firstPaintMs: number | null; coverMs: number | null; interactiveMs: number; interactiveAtMs: number }>>('window.firstLessonSeen');
    return { frameMs: seen.frameMs, firstPaintMs: seen.firstPaintMs, coverMs: seen.coverMs, interactiveMs: seen.interactiveMs, neededFiles: codeRequestedBefore(requests, pkg, seen.interactiveAtMs), dataFiles: codeRequestedBefore(requests, pkg, seen.interactiveAtMs, DATA) };
  } finally {
    await cold.close();
  }
}

/** `lms`: the bench LMS served each way; `stageRoot`: where its `/pkg/` files are. */
export async function firstLessonTime(lms: Record<Encoding, string>, stageRoot: string, course: Course, runs: number, log: (line: string) => void): Promise<FirstLesson> {
  const text = firstLessonText(course);
  const series = () => ({ course: [] as number[], reference: [] as number[], firstPaint: [] as number[], cover: [] as number[], interactive: [] as number[] });
  const times = { gzip: series(), identity: series() };
  const needed: number[] = [];
  const data: number[] = [];
  let neededFiles: string[] = [];
  let neededDataFiles: string[] = [];
  for (let run = 0; run < runs; run++) {
    for (const encoding of ENCODINGS) {
      const order = run % 2 === 0 ? (['course', 'reference'] as const) : (['reference', 'course'] as const);
      for (const which of order) {
        const sample = await loadOnce(lms[encoding], which === 'course' ? 'scorm12' : REFERENCE, text);
        times[encoding][which].push(sample.frameMs);
        if (which === 'course') {
          if (sample.firstPaintMs !== null) times[encoding].firstPaint.push(sample.firstPaintMs);
          if (sample.coverMs !== null) times[encoding].cover.push(sample.coverMs);
          times[encoding].interactive.push(sample.interactiveMs);
        }
        if (which === 'course' && encoding === 'gzip') {
          neededFiles = sample.neededFiles;
          neededDataFiles = sample.dataFiles;
          needed.push(gzipBytes(`${stageRoot}/scorm12`, sample.neededFiles));
          data.push(gzipBytes(`${stageRoot}/scorm12`, sample.dataFiles));
        }
      }
    }
    log(`  round ${run + 1}/${runs}: course ${Math.round(times.gzip.course.at(-1)!)} ms gzip, ${Math.round(times.identity.course.at(-1)!)} ms uncompressed; reference ${Math.round(times.gzip.reference.at(-1)!)} / ${Math.round(times.identity.reference.at(-1)!)} ms`);
  }
  const figures = (e: Encoding): EncodingFigures => ({ courseMs: spread(times[e].course), firstPaintMs: spread(times[e].firstPaint), coverMs: spread(times[e].cover), interactiveMs: spread(times[e].interactive), referenceMs: spread(times[e].reference), ratio: ratioSpread(times[e].course, times[e].reference) });
  return { byEncoding: { gzip: figures('gzip'), identity: figures('identity') }, neededJsCssBytes: spread(needed), neededFiles, neededDataBytes: spread(data), neededDataFiles, launchPageBytes: gzipBytes(`${stageRoot}/scorm12`, ['index.html']) };
}
