/**
 * The frame of every browser test file: the built site served on 127.0.0.1
 * (scripts/lib/serve.ts) and Debian's Chromium (scripts/lib/browser.ts),
 * started before the file's tests and closed after them. Call it at the top
 * of a describe block; the fields are set by the time the tests run.
 *
 * Open pages and contexts with `site.newPage` / `site.newContext`: whatever a
 * test opens that way is closed after the test (afterEach), also when the
 * test fails half-way, so no test closes pages by hand and a failure cannot
 * leave a page running into the next test. `site.browser` stays for the rare
 * page a whole file shares (opened in beforeAll, closed with the browser).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/serve.ts';

export interface SiteInBrowser {
  browser: Browser;
  server: StaticServer;
  /** A page in a context of its own, closed after the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A browser context, closed (with its pages) after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function siteInBrowser(): SiteInBrowser {
  const open: BrowserContext[] = [];
  const site = {
    async newContext(options?: BrowserContextOptions) {
      const context = await site.browser.newContext(options);
      open.push(context);
      return context;
    },
    async newPage(options?: BrowserContextOptions) {
      return (await site.newContext(options)).newPage();
    },
  } as SiteInBrowser;
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
