/**
 * The 案例库 page in Chromium: filtering from the keyboard, the selection in
 * the URL (restored on load, undone by the back button), the live region,
 * a 390 px phone, no JavaScript, and axe. Expected lists come from the
 * case pages' themes and the registry (content/), not from the page itself.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { CASE_RECORDS } from '../../src/lib/content/registry.ts';
import { yearOf } from '../helpers/material-year.ts';

const titles = (page: Page) => page.locator('[data-library-list] li a').allInnerTexts();
const slugs = (page: Page) =>
  page
    .locator('[data-library-list] li a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)),
    );
const status = (page: Page) => page.locator('[data-library-status]').innerText();
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const box = (page: Page, facet: string, value: string) =>
  page.locator(`[data-facet="${facet}"] input[value="${value}"]`);

describe('案例库 in Chromium', () => {
  const site = siteInBrowser();
  const url = () => `${site.server.url}/cases/`;

  it('filters from the keyboard, announces the count and puts the choice in the URL', async () => {
    const page = await site.newPage();
    await page.goto(url());
    expect(await status(page)).toBe(`共 ${CASE_RECORDS.length} 个案例`);
    // From the sort menu: Tab to the folded facets, open them with Enter, Tab to the
    // first province (by pinyin: 安徽) and tick it with the space bar.
    await page.locator('#library-sort').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('安徽');
    await page.keyboard.press('Space');
    expect(await slugs(page)).toEqual(['chizhou']);
    expect(await status(page)).toBe('共 1 个案例');
    expect(await page.locator('[data-library-status]').getAttribute('aria-live')).toBe('polite');
    expect(param(page, 'province')).toBe('安徽');
    expect(await page.locator('.library-facets summary').innerText()).toContain('已选 1 项');
    // Counts of the other facets follow the choice: 池州 is a 市-level case of 2019.
    const levelCount = box(page, 'level', '市').locator('xpath=..').locator('[data-count]');
    expect(await levelCount.innerText()).toBe('1');
    // The text box filters too: typing 长沙 with 安徽 ticked finds nothing, and says so.
    await page.locator('#library-q').fill('长沙');
    expect(await slugs(page)).toEqual([]);
    expect(await status(page)).toContain('没有符合条件的案例');
  });

  it('restores a shared URL: ticks, sort and list', async () => {
    const page = await site.newPage();
    await page.goto(`${url()}?theme=${encodeURIComponent('网格化治理')}&sort=city`);
    // The cases whose pages list 网格化治理, by city pinyin: 池州, 济宁, 南昌西湖区, 漳州.
    expect(await slugs(page)).toEqual(['chizhou', 'jining', 'nanchang-xihu', 'zhangzhou']);
    expect(await box(page, 'theme', '网格化治理').isChecked()).toBe(true);
    expect(await page.locator('#library-sort').inputValue()).toBe('city');
    expect(await status(page)).toBe('共 4 个案例');
  });

  it('walks back through the choices with the back button', async () => {
    const page = await site.newPage();
    await page.goto(url());
    await page.locator('.library-facets summary').click();
    await box(page, 'level', '区').check();
    expect(await slugs(page)).toEqual(['nanchang-xihu']);
    await page.locator('#library-sort').selectOption('year');
    expect(param(page, 'sort')).toBe('year');
    await page.goBack();
    expect(param(page, 'sort')).toBeNull();
    expect(param(page, 'level')).toBe('区');
    expect(await page.locator('#library-sort').inputValue()).toBe('order');
    await page.goBack();
    expect(param(page, 'level')).toBeNull();
    expect(await box(page, 'level', '区').isChecked()).toBe(false);
    expect((await slugs(page)).length).toBe(CASE_RECORDS.length);
  });

  it('sorts by year of the material, newest first', async () => {
    const page = await site.newPage();
    await page.goto(`${url()}?sort=year`);
    const years = CASE_RECORDS.map((c) => yearOf(c) ?? 0);
    const expected = CASE_RECORDS.map((c, i) => ({ slug: c.slug, year: years[i]!, i }))
      .sort((a, b) => b.year - a.year || a.i - b.i)
      .map((c) => c.slug);
    expect(await slugs(page)).toEqual(expected);
  });

  it('shows without JavaScript the same list the script shows for the plain URL', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(url());
    const page = await site.newPage();
    await page.goto(url());
    expect(await titles(bare)).toEqual(await titles(page));
    expect(await titles(page)).toHaveLength(CASE_RECORDS.length);
    const countsOf = (p: Page) => p.locator('[data-count]').allTextContents();
    expect(await countsOf(bare)).toEqual(await countsOf(page));
  });

  it('fits a 390 px phone, with controls big enough to tap', async () => {
    const page = await site.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(url());
    // The facets are folded: the count of cases, where the list starts, is on the first screen.
    expect((await page.locator('[data-library-status]').boundingBox())!.y).toBeLessThan(844);
    await page.locator('.library-facets summary').tap();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const heights = await page
      .locator('.library-facet label, .library-facets summary, #library-q, #library-sort')
      .evaluateAll((controls) => controls.map((c) => c.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await box(page, 'province', '上海').tap();
    expect(await slugs(page)).toEqual(['shanghai']);
  });

  it('has no axe violations, unfiltered and filtered', async () => {
    const page = await site.newPage();
    await page.goto(url());
    await page.locator('.library-facets summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${url()}?province=${encodeURIComponent('火星')}&q=${encodeURIComponent('无此案例')}`);
    expect(await status(page)).toContain('没有符合条件的案例');
    expect(await axeViolations(page)).toEqual([]);
  });
});
