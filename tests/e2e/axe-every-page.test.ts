/**
 * axe-core over every page the build wrote (each index.html and 404.html),
 * in the light and the dark theme, as the page first appears: no violations
 * anywhere. The other browser tests check pages in particular states (a
 * tooltip open, a form open, a quiz answered); this sweep makes sure no page
 * is left out.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { allPageUrls } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const URLS = allPageUrls();

describe('accessibility of every built page', () => {
  const site = siteInBrowser();

  it('finds the pages', () => {
    expect(URLS.length).toBeGreaterThan(50);
    expect(URLS).toContain('/');
    expect(URLS).toContain('/planner/');
    expect(URLS).toContain('/404.html');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page in the ${theme} theme`, async () => {
      const page: Page = await site.browser.newPage({ colorScheme: theme });
      const found: Record<string, string[]> = {};
      for (const url of URLS) {
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        if (violations.length > 0) found[url] = violations;
      }
      expect(found).toEqual({});
      await page.close();
    }, 600_000);
  }
});
