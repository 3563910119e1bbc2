import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe('compare and timeline in Chromium', () => {
  const site = siteInBrowser();

  const visibleCases = (page: Page) =>
    page.$$eval('[data-compare-table] thead th[data-case]', (ths) =>
      ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset['case']),
    );

  it('opens on three cases; the reader’s choice goes into the URL, and the URL reproduces the view', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/topics/compare/`);
    const byDefault = ['changsha', 'nanchang-xihu', 'shanghai'];
    await expect.poll(() => visibleCases(page)).toEqual([...byDefault, ...byDefault]);
    expect(new URL(page.url()).searchParams.get('cases')).toBeNull();
    await page.getByRole('button', { name: '不再对照南昌西湖区' }).click();
    await page.getByLabel('省份', { exact: true }).selectOption('福建');
    await page.getByLabel('案例', { exact: true }).selectOption('zhangzhou');
    await page.getByRole('button', { name: '加入对照' }).click();
    expect(new URL(page.url()).searchParams.get('cases')).toBe('changsha,zhangzhou,shanghai');
    const chosen = ['changsha', 'zhangzhou', 'shanghai', 'changsha', 'zhangzhou', 'shanghai'];
    // Zhangzhou's column is not in the page: it is fetched when added.
    await expect.poll(() => visibleCases(page)).toEqual(chosen);

    const shared = page.url();
    const again = await site.newPage();
    await again.goto(shared);
    await expect.poll(() => visibleCases(again)).toEqual(chosen);
    expect(await again.locator('[data-compare-chosen] li').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('漳州')]),
    );
  });

  it('the picker works from the keyboard alone, a province then its cases, and stops at four', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/topics/compare/`);
    const province = page.getByLabel('省份', { exact: true });
    const cases = page.getByLabel('案例', { exact: true });
    const provinces = await province
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(provinces.length).toBeGreaterThan(1);
    expect(new Set(provinces).size).toBe(provinces.length);
    // Before a province is chosen the button says what to do.
    await page.locator('[data-compare-add]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-compare-status]').textContent()).toContain('先选省份');
    // A province's cases only, a case already compared not offered again.
    await province.focus();
    await province.selectOption('湖南');
    await expect
      .poll(() => cases.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toEqual(['', 'changsha']);
    expect(await cases.locator('option[value="changsha"]').isDisabled()).toBe(true);
    expect(await cases.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      '本省案例都已在对照中',
    );
    // Tab to the second select, choose with the keyboard, press the button with Enter.
    await province.selectOption('广东');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-add-case');
    await cases.selectOption('guangzhou');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleCases(page)).toHaveLength(8);
    expect(await page.locator('[data-compare-status]').textContent()).toContain('4 个');
    // Full: the button stays focusable and says why nothing more is added.
    await province.selectOption('山东');
    await cases.selectOption('jining');
    await page.locator('[data-compare-add]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-compare-status]').textContent()).toContain('先移除一个');
    await expect.poll(() => visibleCases(page)).toHaveLength(8);
    // Removing a chip with the keyboard leaves the focus on the next chip's button.
    await page.getByRole('button', { name: '不再对照长沙' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleCases(page)).toHaveLength(6);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^不再对照/,
    );
    expect(new URL(page.url()).searchParams.get('cases')).not.toContain('changsha');
  });

  it('the picker does not move the page when its script starts, and fits a 390 px phone', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}/topics/compare/?cases=changsha,guangzhou,jining,shanghai`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    const picker = (await page.locator('[data-compare-picker]').boundingBox())!;
    expect(picker.x + picker.width).toBeLessThanOrEqual(390);
    // Filling the second step with a province's cases moves nothing: the selects keep their width.
    const button = page.locator('[data-compare-add]');
    const before = (await button.boundingBox())!;
    await page.getByLabel('省份', { exact: true }).selectOption('江西');
    await expect
      .poll(() => page.locator('[data-compare-select] option').first().textContent())
      .toBe('南昌西湖区');
    expect(await button.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('stacks the comparison as cards on a phone, each answer under its city, and fits a laptop whole', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}/topics/compare/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const card = page.locator('[data-compare-table] tbody tr').first();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.locator('[data-compare-table] thead').first().isVisible()).toBe(false);
    const cities = await card.locator('td:not([hidden]) .compare-city').allInnerTexts();
    expect(cities).toEqual(['长沙', '南昌西湖区', '上海']);
    // Answers read as lines of text, not as a column a few characters wide.
    expect((await card.locator('td:not([hidden])').first().boundingBox())!.width).toBeGreaterThanOrEqual(280);
    await page.close();
    // A wide screen fits the chosen cases without scrolling, column heads naming the cities.
    const wide = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(`${site.server.url}/topics/compare/`);
    const fits = await wide
      .locator('.compare-wrap')
      .first()
      .evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    expect(await wide.locator('[data-compare-table] .compare-city').first().isVisible()).toBe(false);
  });

  it('keeps a topic’s 对照表 readable on a phone: no one-character columns', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}/topics/regional/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const widths = await page
      .locator('main table')
      .first()
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
    expect(widths[0]).toBeGreaterThanOrEqual(60);
    expect(Math.min(...widths.slice(1))).toBeGreaterThanOrEqual(100);
  });

  it('the timeline filters by province, city and year from the keyboard, keeps the choice in the URL and restores it', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/reference/timeline/`);
    const total = await page.locator('[data-timeline] li[data-city]').count();
    const changsha = await page.locator('[data-timeline] li[data-city="长沙"]').count();
    expect(changsha).toBeGreaterThan(0);
    // Tab to the province select and choose with the keyboard.
    const province = page.getByLabel('省份');
    await province.focus();
    await province.selectOption('湖南');
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('湖南');
    await expect.poll(() => page.locator('[data-timeline] li[data-city]').count()).toBe(changsha);
    expect(await page.locator('[data-timeline-count]').textContent()).toBe(`共 ${changsha} 个事件`);
    await page.getByLabel('城市').selectOption('长沙');
    const year = await page.locator('[data-timeline] time').first().getAttribute('datetime');
    await page.getByLabel('年份').selectOption(year!.slice(0, 4));
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(year!.slice(0, 4));
    const filtered = await page.locator('[data-timeline] li[data-city]').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(changsha);

    // The URL reproduces the view; the back button walks back through the choices.
    const again = await site.newPage();
    await again.goto(page.url());
    await expect.poll(() => again.locator('[data-timeline] li[data-city]').count()).toBe(filtered);
    expect(await again.getByLabel('城市').inputValue()).toBe('长沙');
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('[data-timeline] li[data-city]').count()).toBe(total);
    expect(await page.getByLabel('省份').inputValue()).toBe('');
  });
});
