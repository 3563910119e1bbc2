/**
 * axe-core on the authors' guide, which shows every directive: no
 * violations in light and dark theme, with the diagram drawn and a tooltip
 * open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

describe('accessibility of the authors’ guide', () => {
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

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, diagram drawn and a tooltip open`, async () => {
      const page = await browser.newPage({ colorScheme: theme });
      await page.goto(`${server.url}/about/authoring/`);
      const canvas = page.locator('[data-diagram-source]').first();
      await canvas.scrollIntoViewIfNeeded();
      await canvas.locator('svg').waitFor({ timeout: 30_000 });
      await page.locator('main [data-term="da-dang-wei"] a').first().focus();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
