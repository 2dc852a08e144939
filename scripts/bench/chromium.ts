/** Headless Chromium with a fresh profile each launch, so nothing is cached from an earlier run. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from '../lib/paths.js';

/** The flags the tests use too (TOOLCHAIN.md): root needs --no-sandbox; the rest keeps Chromium quiet. */
const FLAGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  // A fresh clone may lack it: the same installer `npm test` uses.
  if (!existsSync(path)) spawnSync(process.execPath, [join(ROOT, 'scripts/ensure-system-tools.mjs')], { stdio: 'inherit' });
  return path;
}

export interface ColdBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchCold(): Promise<ColdBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-bench-profile-'));
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, userDataDir: profile, args: FLAGS });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
