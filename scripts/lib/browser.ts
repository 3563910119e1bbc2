/**
 * Launches Debian's Chromium through playwright-core. Never downloads a
 * browser and never skips: without Chromium the tests fail saying how to
 * install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `找不到 Chromium（${CHROMIUM_PATH}）。浏览器测试需要 Debian 的 chromium 包：` +
        `sudo apt-get update && sudo apt-get install -y chromium；` +
        `或用 CHROMIUM_PATH 指向已安装的 Chromium。`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A clock of the CPU time a page's renderer process has used (Chromium's
 * ProcessTime metric, in milliseconds; web workers of the page count too).
 * Budgets compare with it rather than with wall-clock time, which on a
 * shared machine mostly measures the other jobs.
 */
export async function rendererCpuClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const time = metrics.find((m) => m.name === 'ProcessTime');
    if (!time) throw new Error('Chromium 没有报告 ProcessTime（渲染进程的 CPU 时间）');
    return time.value * 1000;
  };
}
