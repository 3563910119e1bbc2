import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/**
 * Where the header's title, search button and theme box are drawn (the box by its width and its
 * middle: it grows to the select's height around the separator, which stays where it is).
 */
const headerBoxes = (page: Page) =>
  page.evaluate(() =>
    ['.site-title', '.header [data-open-modal]', '.header > .theme-select'].map((selector) => {
      const { x, y, width, height } = document.querySelector(selector)!.getBoundingClientRect();
      return { selector, x, width, middle: y + height / 2 };
    }),
  );

describe('site shell in Chromium', () => {
  const site = siteInBrowser();

  it('renders the landing page in Chinese and reaches the cases by link', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('城市基层党建案例库');
    await page.getByRole('link', { name: '读案例' }).first().click();
    await page.waitForURL(/\/cases\/$/);
    expect(await page.locator('h1').first().textContent()).toContain('案例库');
  });

  it('opens the phone menu, keeps focus in it while open, and shows the sidebar on a laptop', async () => {
    const phone = await site.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site.server.url}/cases/chizhou/`);
    const menu = phone.locator('#starlight__sidebar');
    await expect.poll(() => menu.isVisible()).toBe(false);
    await phone.getByRole('button', { name: '菜单' }).click();
    await expect.poll(() => menu.isVisible()).toBe(true);
    // The page behind the open menu takes no focus (the menu element's script, in the page module).
    // The menu element's script reacts to the popover's toggle event, which comes a moment later.
    await expect.poll(() => phone.locator('.main-frame').getAttribute('inert')).toBe('');
    // The theme choice in the menu's footer (a copy of the header's, made by the theme script) works.
    await menu.getByRole('combobox', { name: '选择主题' }).selectOption('light');
    expect(await phone.getAttribute('html', 'data-theme')).toBe('light');
    await menu.getByRole('combobox', { name: '选择主题' }).selectOption('dark');
    expect(await phone.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await phone.locator('header select').inputValue()).toBe('dark');
    await phone.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
    await expect.poll(() => phone.locator('.main-frame').getAttribute('inert')).toBeNull();
    await phone.close();

    const laptop = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await laptop.goto(`${site.server.url}/cases/chizhou/`);
    await expect.poll(() => laptop.locator('#starlight__sidebar').getAttribute('popover')).toBeNull();
    expect(await laptop.getByRole('link', { name: '术语表' }).isVisible()).toBe(true);
    await laptop.close();
  });

  for (const width of [800, 1280]) {
    it(`makes the theme choice by script in the header's box, which keeps its room (${width} px): nothing moves`, async () => {
      const page = await site.newPage({ viewport: { width, height: 800 } });
      // The page module comes late, so that the header is drawn before the select is made.
      let release = () => {};
      const late = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/page\.[^/]+\.js$/, async (route) => {
        await late;
        await route.continue();
      });
      await page.goto(`${site.server.url}/cases/chizhou/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      expect(await page.locator('header select').count()).toBe(0);
      const before = await headerBoxes(page);
      release();
      const select = page.locator('header').getByRole('combobox', { name: '选择主题' });
      await select.waitFor();
      expect(await headerBoxes(page)).toEqual(before);
      // Reached by keyboard after the search button, and the arrow keys choose.
      expect(await select.inputValue()).toBe('auto');
      await page.locator('.header [data-open-modal]').focus();
      await page.keyboard.press('Tab');
      expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await select.inputValue()).toBe('light');
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    });
  }

  it('without JavaScript, shows no theme choice and no box for it (it could do nothing)', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${site.server.url}/cases/chizhou/`);
    expect(await page.locator('select').count()).toBe(0);
    expect(await page.locator('.header > .theme-select').isVisible()).toBe(false);
  });
});
