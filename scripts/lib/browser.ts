/**
 * Launches Debian's Chromium through playwright-core. Never downloads a
 * browser and never skips: without Chromium the tests fail saying how to
 * install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
