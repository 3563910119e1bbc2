/**
 * The search dialog in Chromium: shortcuts, results as you type, keyboard
 * use, the phone layout, and no axe violations.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { dialogResultPages, recordRenders, searchInDialog } from '../search/browser-helpers.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** UI updates go through a worker on a busy two-core machine: give them time. */
const POLL = { timeout: 15_000 };
describe('search dialog', () => {
  const site = siteInBrowser();

  async function openPage(width = 1280): Promise<Page> {
    const page = await site.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.server.url}/cases/changsha/`);
    await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
    return page;
  }

  it('opens with Ctrl+K and with /, closes with Escape, and loads nothing before it opens', async () => {
    const page = await openPage();
    const before = site.server.requests.filter((p) => p.startsWith('/pagefind/')).length;
    expect(before).toBe(0);
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open), POLL)
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open), POLL)
      .toBe(false);
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await expect
      .poll(() => page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open), POLL)
      .toBe(true);
  });

  it('shows results as you type: title, what the page is, section and a marked excerpt', async () => {
    const page = await openPage();
    await page.keyboard.press('Control+k');
    await recordRenders(page);
    const rendered = await searchInDialog(page, '双报到');
    expect(rendered.count).toBeGreaterThan(0);
    expect(await page.locator('#site-search-status').textContent()).toMatch(/找到 \d+ 个页面/);
    const changsha = page.locator('#site-search-results [role="option"][href^="/cases/changsha/"]');
    await expect.poll(() => changsha.count(), POLL).toBeGreaterThan(0);
    expect(await changsha.locator('.search-result-context').textContent()).toBe('案例 · 长沙');
    expect(await changsha.locator('.search-result-title').textContent()).toContain('四项再造');
    expect(await changsha.locator('.search-result-section').count()).toBe(1);
    expect(await changsha.locator('mark').allTextContents()).toContain('双报到');
  });

  it('is operable from the keyboard: arrows move the selection, Enter opens it', async () => {
    const page = await openPage();
    await page.keyboard.press('Control+k');
    await recordRenders(page);
    await searchInDialog(page, '红帆驿站');
    const input = page.locator('#site-search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('site-search-option-1');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe('site-search-option-0');
    expect(await page.locator('#site-search-option-0').getAttribute('aria-selected')).toBe('true');
    const href = await page.locator('#site-search-option-0').getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => decodeURIComponent(`${url.pathname}${url.hash}`) === decodeURIComponent(href ?? ''),
    );
  });

  it('sends Enter with nothing selected to the search page', async () => {
    const page = await openPage();
    await page.keyboard.press('Control+k');
    await page.locator('#site-search-input').fill('网格党支部');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=网格党支部');
  });

  it('has no axe violations with results on screen', async () => {
    const page = await openPage();
    await page.keyboard.press('Control+k');
    await recordRenders(page);
    await searchInDialog(page, '大党委');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 360 px phone screen', async () => {
    const page = await openPage(360);
    await page.locator('site-search button[data-open-modal]').click();
    await recordRenders(page);
    await searchInDialog(page, '城市基层党建综合体');
    expect((await dialogResultPages(page))[0]).toBe('/cases/zhangzhou/');
    const overflow = await page.locator('site-search dialog').evaluate((d) => ({
      width: d.getBoundingClientRect().width,
      scroll: d.querySelector('.dialog-frame')!.scrollWidth,
      client: d.querySelector('.dialog-frame')!.clientWidth,
    }));
    expect(overflow.width).toBeLessThanOrEqual(360);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await expect
      .poll(() => page.locator('site-search button[data-close-modal]').isVisible(), POLL)
      .toBe(true);
    await page.locator('site-search button[data-close-modal]').click();
    await expect
      .poll(() => page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open), POLL)
      .toBe(false);
  });
});
