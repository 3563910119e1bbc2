import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

describe('site shell in Chromium', () => {
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

  it('renders the landing page in Chinese and reaches the cases by link', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('城市基层党建案例库');
    await page.getByRole('link', { name: '读案例' }).first().click();
    await page.waitForURL(/\/cases\/$/);
    expect(await page.locator('h1').first().textContent()).toContain('案例总览');
    await page.close();
  });
});
