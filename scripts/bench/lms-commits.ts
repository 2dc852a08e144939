/**
 * LMS commits in a full run: the page plays the whole course through the
 * player's controller (every place, every practice question, a passed
 * assessment, the attestation, Save and exit) while counting API calls.
 * Scripted, the run takes a moment and only milestone saves happen; paced,
 * a virtual clock lets the save scheduler's timed saves fire as they would
 * for a learner taking the course's estimated minutes. With a slow commit
 * injected, the run measures how long a commit holds the screen.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import type { PlayPlan } from './play-plan.js';

export type ScormStandard = 'scorm12' | 'scorm2004';

const NAMES: Record<ScormStandard, { commit: string; finish: string }> = {
  scorm12: { commit: 'LMSCommit', finish: 'LMSFinish' },
  scorm2004: { commit: 'Commit', finish: 'Terminate' },
};

export interface CommitCount {
  commits: number;
  finishes: number;
  /** Every API method called, with its count (`afterFinish`: calls after the session ended). */
  calls: Record<string, number>;
  longestSuspendData: number;
  /** Longest time from a learner's action to the animation frame painting its result. */
  longestBlockMs: number;
}

interface PlayResult {
  counts: Record<string, number>;
  passed: boolean;
  completion: string;
  longestSuspendData: number;
  longestBlockMs: number;
}

const VIRTUAL_CLOCK = readFileSync(new URL('./page/virtual-clock.js', import.meta.url), 'utf8');

/** `commitMs`: every commit and finish blocks the page that long (a slow LMS, LMS-COMPAT 31). */
export async function countCommits(browser: Browser, lmsUrl: string, standard: ScormStandard, plan: PlayPlan, paced: boolean, commitMs = 0): Promise<CommitCount> {
  const page = await browser.newPage();
  try {
    if (paced) await page.evaluateOnNewDocument(VIRTUAL_CLOCK);
    await page.goto(lmsUrl, { waitUntil: 'load' });
    await page.waitForFunction('window.bench !== undefined');
    const result = await page.evaluate<[], () => Promise<PlayResult>>(`window.bench.play(${JSON.stringify(standard)}, ${JSON.stringify(plan)}, ${paced}, ${commitMs})`);
    // A run that did not finish the course would under-count: refuse it rather than report it.
    if (!result.passed || result.completion !== 'completed') throw new Error(`${standard}: the scripted learner did not complete and pass (${JSON.stringify(result)})`);
    if (result.counts.afterFinish) throw new Error(`${standard}: ${result.counts.afterFinish} API calls after ${NAMES[standard].finish}`);
    const { commit, finish } = NAMES[standard];
    return {
      commits: result.counts[commit] ?? 0,
      finishes: result.counts[finish] ?? 0,
      calls: result.counts,
      longestSuspendData: result.longestSuspendData,
      longestBlockMs: result.longestBlockMs,
    };
  } finally {
    await page.close();
  }
}
