/**
 * axe-core on the authors' guide, which shows every directive: no
 * violations in light and dark theme, with the diagram drawn and a tooltip
 * open.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe('accessibility of the authors’ guide', () => {
  const site = siteInBrowser();

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, diagram drawn and a tooltip open`, async () => {
      const page = await site.newPage({ colorScheme: theme });
      await page.goto(`${site.server.url}/about/authoring/`);
      const canvas = page.locator('[data-diagram-key]').first();
      await canvas.scrollIntoViewIfNeeded();
      await canvas.locator('svg').waitFor({ timeout: 30_000 });
      await page.locator('main .term:has(> a[href$="#da-dang-wei"]) a').first().focus();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
