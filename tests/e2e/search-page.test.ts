/**
 * The search page in Chromium: facets with counts, combinable filters,
 * browsing without a query, state in the address, keyboard and axe.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CITIES } from '../../src/lib/schemas/vocabulary.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** UI updates go through a worker on a busy two-core machine: give them time. */
const POLL = { timeout: 15_000 };
describe('search page', () => {
  const site = siteInBrowser();

  async function open(search: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
    const page = await site.newPage({ viewport });
    await page.goto(`${site.server.url}/search/${search}`);
    await page.locator('search-page [data-status]:not(:empty)').waitFor();
    await expect
      .poll(() => page.locator('search-page [data-status]').textContent(), { timeout: 20_000 })
      .not.toBe('正在搜索…');
    return page;
  }
  const results = (page: Page) =>
    page
      .locator('search-page [data-results] a')
      .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('#')[0]));

  it('browses by facet without a query', async () => {
    const page = await open('?kind=案例');
    expect((await results(page)).sort()).toEqual(
      ['changsha', 'chizhou', 'guangzhou', 'jining', 'nanchang-xihu', 'shanghai', 'zhangzhou'].map(
        (s) => `/cases/${s}/`,
      ),
    );
    expect(await page.locator('search-page [data-status]').textContent()).toContain(
      `共 ${CITIES.length} 个页面`,
    );
  });

  it('counts facet values for a query and combines filters, keeping them in the address', async () => {
    const page = await open('?q=大党委');
    const caseBox = page.locator('input[data-facet="类型"][value="案例"]');
    const label = await caseBox.locator('xpath=..').textContent();
    const count = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(count).toBeGreaterThan(1);
    await caseBox.check();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('kind=案例');
    await expect.poll(async () => (await results(page)).length, POLL).toBe(count);
    expect((await results(page)).every((url) => url?.startsWith('/cases/'))).toBe(true);
    await page.locator('input[data-facet="城市"][value="上海"]').check();
    await expect.poll(() => results(page), POLL).toEqual(['/cases/shanghai/']);
    expect(decodeURIComponent(page.url())).toMatch(/q=大党委.*kind=案例.*city=上海/);
    // Back undoes the last filter.
    await page.goBack();
    await expect.poll(async () => (await results(page)).length, POLL).toBe(count);
    expect(await page.locator('input[data-facet="城市"][value="上海"]').isChecked()).toBe(false);
  });

  it('keeps the keyboard on a facet after ticking it', async () => {
    const page = await open('?q=网格');
    const box = page.locator('input[data-facet="类型"][value="专题"]');
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('kind=专题');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), POLL)
      .toBe('专题');
  });

  it('searches from its own form', async () => {
    const page = await open('');
    await page.locator('#search-page-input').fill('三个转向');
    await page.keyboard.press('Enter');
    await expect.poll(() => results(page).then((r) => r[0]), POLL).toBe('/cases/zhangzhou/');
    expect(decodeURIComponent(page.url())).toContain('?q=三个转向');
  });

  it('on a phone, folds the filters so the first results show without scrolling', async () => {
    const phone = { width: 360, height: 740 };
    const page = await open('?q=党建&kind=案例', phone);
    const filters = page.locator('search-page details[data-filters]');
    expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await filters.locator('summary').textContent()).toBe('筛选（已选 1 项）');
    const first = await page.locator('search-page [data-results] a').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(phone.height);
    // The keyboard opens the filters; the chosen value is ticked.
    await filters.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('input[data-facet="类型"][value="案例"]').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    // A wide screen starts with the filters open.
    const wide = await open('?q=党建');
    expect(
      await wide.locator('search-page details[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await wide.locator('search-page details[data-filters] summary').textContent()).toBe('筛选');
  });

  it('has no axe violations', async () => {
    const page = await open('?q=双报到&kind=案例');
    expect(await axeViolations(page)).toEqual([]);
  });
});
