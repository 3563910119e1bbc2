/**
 * Every page the build wrote (each index.html and 404.html): axe-core in the
 * light and the dark theme, as the page first appears, finds no violations;
 * and no page is wider than a 360 px phone. The other browser tests check
 * pages in particular states (a tooltip open, a form open, a quiz answered);
 * this sweep makes sure no page is left out.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { allPageUrls } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { TABLE_FRAME_CLASS } from '../../src/lib/markdown/markup.ts';

const URLS = allPageUrls();

describe('accessibility of every built page', () => {
  const site = siteInBrowser();

  it('finds the pages', () => {
    expect(URLS.length).toBeGreaterThan(50);
    expect(URLS).toContain('/');
    expect(URLS).toContain('/planner/');
    expect(URLS).toContain('/404.html');
  });

  it('lets no page scroll sideways on a 360 px phone', async () => {
    const page: Page = await site.newPage({ viewport: { width: 360, height: 740 } });
    const wide: Record<string, number> = {};
    for (const url of URLS) {
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide[url] = width;
    }
    expect(wide).toEqual({});
    await page.close();
  }, 300_000);

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page in the ${theme} theme`, async () => {
      const page: Page = await site.newPage({ colorScheme: theme });
      const found: Record<string, string[]> = {};
      for (const url of URLS) {
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
        // The page module imports each part's code after it runs (page-parts.ts), so a wide table's
        // frame can become a focusable region just after 'load'. Wait for that (not longer than 5 s:
        // a frame the script never makes focusable is then reported by axe below).
        await page
          .waitForFunction(
            (frame) =>
              [...document.querySelectorAll<HTMLElement>(`.${frame}`)].every(
                (el) => el.scrollWidth <= el.clientWidth + 1 || el.hasAttribute('tabindex'),
              ),
            TABLE_FRAME_CLASS,
            { timeout: 5_000 },
          )
          .catch(() => undefined);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[url] = violations;
      }
      expect(found).toEqual({});
      await page.close();
    }, 600_000);
  }
});
