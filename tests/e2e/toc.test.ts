/**
 * The table of contents follows the reader: on a laptop the section on screen
 * is the marked entry (aria-current) of the side list; on a phone the bar at
 * the top names it. It is one element (TableOfContents.astro, starlight-toc.ts),
 * laid out as either, which observes the page's headings only. Each heading
 * gets its own link (小节“…”的链接) once the page is idle, moving nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const CASE = '/cases/changsha/';

/** Scroll so that the nth section heading (h2) of the page is just below the header. */
async function scrollToSection(page: Page, n: number): Promise<{ id: string; text: string }> {
  return page.evaluate((index) => {
    const heading = document.querySelectorAll<HTMLElement>('.sl-markdown-content h2[id]')[index]!;
    const header = document.querySelector('header')!.getBoundingClientRect().height;
    window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - header - 10);
    return { id: heading.id, text: heading.textContent!.trim() };
  }, n);
}

const marked = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      decodeURIComponent(
        document.querySelector<HTMLAnchorElement>(`${s} a[aria-current="true"]`)?.hash ?? '',
      ),
    selector,
  );

describe('the table of contents', () => {
  const site = siteInBrowser();

  it('marks the section on screen on a laptop, also after scrolling back up', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.server.url}${CASE}`, { waitUntil: 'load' });
    await expect.poll(() => marked(page, 'starlight-toc')).toBe('#_top');
    const third = await scrollToSection(page, 3);
    await expect.poll(() => marked(page, 'starlight-toc')).toBe(`#${third.id}`);
    const first = await scrollToSection(page, 1);
    await expect.poll(() => marked(page, 'starlight-toc')).toBe(`#${first.id}`);
    // Mid-page, wherever the headings are: the marked entry is the last listed heading above the line under the header.
    const expected = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight * 0.45);
      const line = document.querySelector('header')!.getBoundingClientRect().height + 32 + 53;
      const listed = new Set(
        [...document.querySelectorAll<HTMLAnchorElement>('starlight-toc a')].map((a) =>
          decodeURIComponent(a.hash),
        ),
      );
      const above = [
        ...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]'),
      ].filter((h) => listed.has(`#${h.id}`) && h.getBoundingClientRect().top < line);
      return `#${above.at(-1)!.id}`;
    });
    await expect.poll(() => marked(page, 'starlight-toc')).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('names the section on screen in the phone’s bar', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}${CASE}`, { waitUntil: 'load' });
    const section = await scrollToSection(page, 2);
    await expect.poll(() => page.locator('starlight-toc .display-current').textContent()).toBe(section.text);
    await expect.poll(() => marked(page, 'starlight-toc')).toBe(`#${section.id}`);
  });

  it('gives every heading its section link once the page is idle, without changing the heading’s height', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await site.newPage({ viewport });
      // Each heading's box as first laid out, before the links are added.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { before: number[] }).before = [
            ...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper'),
          ].map((el) => Math.round(el.getBoundingClientRect().height));
        });
      });
      await page.goto(`${site.server.url}${CASE}`, { waitUntil: 'load' });
      const wrappers = await page.locator('.sl-markdown-content .sl-heading-wrapper').count();
      expect(wrappers).toBeGreaterThan(10);
      await expect.poll(() => page.locator('.sl-heading-wrapper > a.sl-anchor-link').count()).toBe(wrappers);
      const link = page.locator('.sl-heading-wrapper > a.sl-anchor-link').first();
      const heading = page.locator('.sl-markdown-content .sl-heading-wrapper > [id]').first();
      expect(await link.getAttribute('href')).toBe(`#${await heading.getAttribute('id')}`);
      expect(await link.getAttribute('aria-label')).toBe(
        `小节“${(await heading.textContent())!.trim()}”的链接`,
      );
      const after = await page.evaluate(() =>
        [...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper')].map((el) =>
          Math.round(el.getBoundingClientRect().height),
        ),
      );
      expect(after).toEqual(await page.evaluate(() => (window as unknown as { before: number[] }).before));
      await page.close();
    }
  });
});
