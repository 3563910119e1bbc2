/**
 * The frame of every browser test file: the built site served on 127.0.0.1
 * (tests/helpers/serve.ts) and Debian's Chromium (tests/helpers/browser.ts),
 * started before the file's tests and closed after them. Call it at the top
 * of a describe block; the fields are set by the time the tests run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/serve.ts';

export interface SiteInBrowser {
  browser: Browser;
  server: StaticServer;
}

export function siteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
