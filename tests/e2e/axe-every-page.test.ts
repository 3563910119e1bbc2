/**
 * axe-core over every page the build wrote (each index.html and 404.html),
 * in the light and the dark theme, as the page first appears: no violations
 * anywhere. The other browser tests check pages in particular states (a
 * tooltip open, a form open, a quiz answered); this sweep makes sure no page
 * is left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { allPageUrls } from '../helpers/html.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const URLS = allPageUrls();

describe('accessibility of every built page', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the pages', () => {
    expect(URLS.length).toBeGreaterThan(50);
    expect(URLS).toContain('/');
    expect(URLS).toContain('/planner/');
    expect(URLS).toContain('/404.html');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page in the ${theme} theme`, async () => {
      const page: Page = await browser.newPage({ colorScheme: theme });
      const found: Record<string, string[]> = {};
      for (const url of URLS) {
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        if (violations.length > 0) found[url] = violations;
      }
      expect(found).toEqual({});
      await page.close();
    }, 600_000);
  }
});
