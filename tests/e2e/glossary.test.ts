/**
 * The glossary in Chromium: a term on a case page shows its short definition
 * when reached by keyboard, and the glossary page has no axe violations.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ROOT } from '../helpers/paths.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const glossary = loadSiteData(ROOT).glossary;

/** Press Tab until focus is inside `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)) return;
  }
  throw new Error(`Tab 键 ${max} 次仍未到达 ${selector}`);
}

describe('glossary in Chromium', () => {
  const site = siteInBrowser();

  it('a term on a case page opens its short definition on keyboard focus and leads to its entry', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/cases/nanchang-xihu/`);
    const term = page.locator('main .sl-markdown-content .term').first();
    // The entry's id is the fragment of the term's link to the glossary.
    const id = (await term.locator('a').getAttribute('href'))?.split('#')[1];
    const entry = glossary.get(id ?? '')?.value;
    expect(entry, String(id)).toBeDefined();
    const tip = term.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);

    await tabTo(page, `main .sl-markdown-content .term:has(> a[href$="#${id}"])`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(`${entry?.term}：${entry?.short}`);
    expect(await term.locator('a').getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));

    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/reference/glossary/*/#${id}`);
    const target = page.locator(`article[id="${id}"]`);
    expect(await target.locator('h3').textContent()).toBe(entry?.term);
    expect(await target.isVisible()).toBe(true);
  });

  it("the A–Z bar leads by keyboard to a letter's page, and an entry there back to the full list", async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/reference/glossary/`);
    await tabTo(page, '[data-glossary-index] a[data-glossary-letter-link="X"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/reference/glossary/x/');
    const first = page.locator('section[data-glossary-letter="X"] article').first();
    expect(await first.isVisible()).toBe(true);
    expect(await page.locator('[data-glossary-index] a[aria-current="page"]').textContent()).toBe('X');
    await page.getByRole('link', { name: '术语表', exact: true }).first().click();
    await page.waitForURL(/\/reference\/glossary\/$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`a glossary page has no axe violations in the ${theme} theme, with a figure tooltip open`, async () => {
      const page = await site.newPage({ colorScheme: theme });
      await page.goto(`${site.server.url}/reference/glossary/d/#da-dang-wei`);
      await page.locator('#da-dang-wei [data-figure-id] a').first().focus();
      expect(await page.locator('#da-dang-wei [data-figure-id] [role="tooltip"]').first().isVisible()).toBe(
        true,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
      // axe checks every node of a long page (colour contrast above all): allow it time on a busy machine.
    }, 180_000);
  }
});
