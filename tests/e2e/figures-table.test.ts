/**
 * The figures in Chromium: the front page leads to one table per case; a
 * case's table filters by theme and words and sorts by a column, and on a
 * phone shows each figure as a card that needs no sideways scrolling; axe
 * in both themes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe('figures page', () => {
  const site = siteInBrowser();

  async function open(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await site.newPage({ viewport });
    await page.goto(`${site.server.url}/reference/figures/changsha/`);
    await page.locator('[data-figures-count]:not(:empty)').waitFor();
    return page;
  }
  const shown = (page: Page) => page.locator('[data-figures-table] tbody tr:not([hidden])');

  it("the front page leads to each case's table, whose links lead to the others", async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/reference/figures/`);
    await page.getByRole('link', { name: /^长沙（\d+）$/ }).click();
    await page.waitForURL('**/reference/figures/changsha/');
    const total = await page.locator('[data-figures-table] tbody tr').count();
    expect(await page.locator('[data-figures-cases] a[aria-current="page"]').textContent()).toBe(
      `长沙（${total}）`,
    );
    const cities = await page
      .locator('[data-figures-table] tbody tr')
      .evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset['city']))]);
    expect(cities).toEqual(['长沙']);
    await page.getByRole('link', { name: /^广州（\d+）$/ }).click();
    await page.waitForURL('**/reference/figures/guangzhou/');
  });

  it('filters by theme and words, and says how many rows are shown', async () => {
    const page = await open();
    const total = await page.locator('[data-figures-table] tbody tr').count();
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('[data-figures-count]').textContent()).toBe(`显示 ${total} / ${total} 条`);
    await page.locator('[data-filter="theme"]').selectOption('阵地建设');
    const venues = await shown(page).evaluateAll((rows) =>
      rows.map((r) => ((r as HTMLElement).dataset['themes'] ?? '').split(' ').includes('阵地建设')),
    );
    expect(venues.length).toBeGreaterThan(0);
    expect(venues.length).toBeLessThan(total);
    expect(venues.every(Boolean)).toBe(true);
    await page.locator('[data-filter="theme"]').selectOption('');
    await page.getByLabel('关键词').fill('常住人口');
    expect(await shown(page).count()).toBe(1);
    expect(await shown(page).first().textContent()).toContain('792万');
    expect(await page.locator('[data-figures-count]').textContent()).toBe(`显示 1 / ${total} 条`);
  });

  it('sorts by a column, missing numbers last, and says which way', async () => {
    const page = await open();
    const header = page.locator('th[data-sort="value"]');
    await header.getByRole('button', { name: '数字' }).click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const values = await page
      .locator('[data-figures-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number.parseFloat((r as HTMLElement).dataset['value'] ?? '')));
    const known = values.filter((v) => !Number.isNaN(v));
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(values.slice(known.length).every((v) => Number.isNaN(v))).toBe(true);
    await header.getByRole('button', { name: '数字' }).click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
  });

  it('on a phone, shows each figure as a card: no sideways scrolling, the figure and its source in view', async () => {
    const page = await open({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const scroller = page.locator('.figures-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.getByLabel('关键词').fill('常住人口');
    const card = shown(page).first();
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.height).toBeLessThan(200);
    const text = await card.innerText();
    for (const part of ['长沙市常住人口', '792万', '长沙', '查看']) expect(text).toContain(part);
    expect(await card.getByRole('link', { name: /长沙：长沙市常住人口，查看原段落/ }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page)).toEqual([]);
  });
});
