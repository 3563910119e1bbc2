/**
 * Term and figure tooltips in Chromium: open by keyboard focus and hover,
 * close with Escape, open by a first tap on touch screens, and plain links
 * without JS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ROOT } from '../helpers/paths.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { readPage } from '../helpers/html.ts';
import { citedBeside } from '../helpers/cited-beside.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

const GUIDE = '/about/authoring/';
const short = loadSiteData(ROOT).glossary.get('da-dang-wei')!.value.short;

describe('tooltips in Chromium', () => {
  const site = siteInBrowser();

  /** Press Tab until focus is inside `selector`; fails after `max` presses. */
  async function tabTo(page: Page, selector: string, max = 300): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)) return;
    }
    throw new Error(`Tab 键 ${max} 次仍未到达 ${selector}`);
  }

  it('opens a term’s definition by keyboard and closes it with Escape', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}${GUIDE}`);
    const term = page.locator('main .term:has(> a[href$="#da-dang-wei"])').first();
    const tip = term.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);

    await tabTo(page, 'main .term:has(> a[href$="#da-dang-wei"])');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(short);
    // The link is described by its tooltip.
    const describedBy = await term.locator('a').getAttribute('aria-describedby');
    expect(await tip.getAttribute('id')).toBe(describedBy);

    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // Focus stays; leaving and coming back shows it again.
    expect(await page.evaluate(() => document.activeElement?.closest('.term') !== null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await tip.isVisible()).toBe(true);
  });

  it('marks a figure cited beside exactly when its paragraph, item or cell cites the same passage', async () => {
    let beside = 0;
    let own = 0;
    for (const slug of CASE_SLUGS) {
      const page = await site.newPage();
      await page.goto(`${site.server.url}/cases/${slug}/`);
      await page.waitForFunction(() => document.querySelector('.fig [role="tooltip"]') !== null);
      const marked = await page.$$eval('.sl-markdown-content .fig', (figures) =>
        figures.map((f) => f.hasAttribute('data-cited-beside')),
      );
      const expected = citedBeside(readPage(`/cases/${slug}/`).$('.sl-markdown-content')!);
      expect(marked, slug).toEqual(expected);
      beside += expected.filter(Boolean).length;
      own += expected.filter((b) => !b).length;
      await page.close();
    }
    // Both kinds occur: most figures sit beside their passage's marker, some cite another.
    expect(beside).toBeGreaterThan(100);
    expect(own).toBeGreaterThan(0);
  });

  it('shows a figure’s citation on focus and on hover', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}${GUIDE}`);
    // xh-zhdw-max (不超过13人), found by what it counts: the page writes no figure ids. Marked for tabTo.
    await page.evaluate(() => {
      const label = '街道（镇）综合党委委员总数上限。';
      const found = [...document.querySelectorAll('main .fig')].find(
        (f) => f.querySelector(':scope > small > span')?.textContent === label,
      );
      found?.setAttribute('data-test-figure', '');
    });
    const figure = page.locator('[data-test-figure]');
    const note = figure.locator('[role="tooltip"]');
    await tabTo(page, '[data-test-figure]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('1.健全街道（镇）综合党委');
    // The tooltip script made the note the number's description.
    const figureLink = figure.locator('> a');
    expect(await note.getAttribute('id')).toBe(await figureLink.getAttribute('aria-describedby'));
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);

    await page.mouse.move(0, 0);
    await page.locator('main .term:has(> a[href$="#zong-he-dang-wei"]) a').hover();
    expect(
      await page.locator('main .term:has(> a[href$="#zong-he-dang-wei"]) [role="tooltip"]').isVisible(),
    ).toBe(true);
  });

  it('on a touch screen, the first tap opens the definition and the second follows the link', async () => {
    const context = await site.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${GUIDE}`);
    const term = page.locator('main .term:has(> a[href$="#da-dang-wei"])').first();
    await term.scrollIntoViewIfNeeded();
    await term.locator('a').tap();
    expect(await term.locator('[role="tooltip"]').isVisible()).toBe(true);
    expect(page.url()).toContain(GUIDE);
    // The definition fits on the narrow screen.
    const box = await term.locator('[role="tooltip"]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await term.locator('a').tap();
    await page.waitForURL(/\/reference\/glossary\/d\/#da-dang-wei$/);
  });

  it('without JS a term is a plain link to its glossary entry', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${GUIDE}`);
    const link = page.locator('main .term:has(> a[href$="#da-dang-wei"]) a').first();
    expect(await link.getAttribute('href')).toBe('/reference/glossary/d/#da-dang-wei');
    await link.click();
    await page.waitForURL(/\/reference\/glossary\/d\/#da-dang-wei$/);
  });
});
