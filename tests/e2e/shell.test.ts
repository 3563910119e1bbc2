import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

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
});
