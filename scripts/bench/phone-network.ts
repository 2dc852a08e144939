/**
 * A phone on a slow network, set through the Chrome DevTools protocol:
 * Chrome DevTools' "Slow 3G" preset (400 ms round trip, 400 kbit/s each way)
 * and a CPU four times slower than this machine's (issue 13).
 */
import type { CDPSession } from 'puppeteer-core';

export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 } as const;
export const CPU_SLOWDOWN = 4;

/** Cold cache, slow 3G, 4× CPU (CDP Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). */
export async function emulatePhone(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { ...SLOW_3G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}
