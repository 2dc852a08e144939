/**
 * Time until the first lesson's text is on screen: a cold browser per run
 * (fresh profile, cache disabled), 4× CPU throttling, the SCORM 1.2 package
 * inside the LMS page. Timed on the course frame's clock, from its navigation
 * start: loading the LMS's own runtime is the LMS's cost, not the course's.
 */
import type { Course } from '../../src/content/types.js';
import { launchCold } from './chromium.js';
import { firstLessonText } from './play-plan.js';

export interface FirstLesson {
  medianMs: number;
  samplesMs: number[];
  /** The same moments from the LMS page's own navigation start (includes loading scorm-again), for reference. */
  fromLmsPageMs: number[];
}

/** A phone, as most officers use (issue 5). */
const VIEWPORT = { width: 360, height: 640 };

export async function firstLessonTime(lmsUrl: string, course: Course, runs = 5): Promise<FirstLesson> {
  const { title, paragraph } = firstLessonText(course);
  const samplesMs: number[] = [];
  const fromLmsPageMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cold = await launchCold();
    try {
      const page = await cold.browser.newPage();
      await page.setViewport(VIEWPORT);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const query = new URLSearchParams({ 'first-lesson': 'scorm12', title, ...(paragraph !== null && { paragraph }) });
      await page.goto(`${lmsUrl}?${query}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction('window.firstLessonSeen !== undefined');
      const seen = await page.evaluate<[], () => Promise<{ frameMs: number; pageMs: number }>>('window.firstLessonSeen');
      samplesMs.push(seen.frameMs);
      fromLmsPageMs.push(seen.pageMs);
    } finally {
      await cold.close();
    }
  }
  return { medianMs: median(samplesMs), samplesMs, fromLmsPageMs };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
