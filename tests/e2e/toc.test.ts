/**
 * The table of contents follows the reader: on a laptop the section on screen
 * is the marked entry (aria-current) of the side list; on a phone the bar at
 * the top names it. It is one element (TableOfContents.astro, starlight-toc.ts),
 * laid out as either, which observes the page's headings only. Each heading's
 * text becomes the link to its section once the page is idle, moving nothing.
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

/** Each Markdown heading's box and the boxes of its text's lines, rounded: its layout as the reader sees it. */
const headingLayout = () =>
  [...document.querySelectorAll('.sl-markdown-content > :is(h2, h3, h4)[id]')].map((heading) => {
    const texts = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    const boxes = [heading.getBoundingClientRect()];
    while (texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(texts.currentNode);
      boxes.push(...range.getClientRects());
    }
    return boxes.map((r) => [r.left, r.top, r.width, r.height].map(Math.round).join(',')).join(' ');
  });

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

  it('makes each heading’s text the link to its section once the page is idle, moving nothing', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await site.newPage({ viewport });
      // The headings as first laid out, before the links are added.
      await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
        window.before = (${headingLayout.toString()})();
      });`);
      await page.goto(`${site.server.url}${CASE}`, { waitUntil: 'load' });
      const headings = page.locator('.sl-markdown-content > :is(h2, h3, h4)[id]');
      const count = await headings.count();
      expect(count).toBeGreaterThan(10);
      await expect
        .poll(() => page.locator('.sl-markdown-content > [id] > a.heading-link').count())
        .toBe(count);
      for (const heading of await headings.all()) {
        const link = heading.locator('> a.heading-link');
        expect(await link.getAttribute('href')).toBe(`#${await heading.getAttribute('id')}`);
        // The whole text is the link: nothing of the heading is outside it.
        expect(await link.textContent()).toBe(await heading.textContent());
      }
      const after = await page.evaluate(headingLayout);
      expect(after).toEqual(await page.evaluate(() => (window as unknown as { before: string[] }).before));
      // The icon stays inside the heading's own width.
      const overflowing = await headings.evaluateAll((all) =>
        all.filter((h) => h.scrollWidth > h.clientWidth).map((h) => h.id),
      );
      expect(overflowing).toEqual([]);
      await page.close();
    }
  });

  it('keeps the heading’s spoken name its text, and the link works by keyboard with its icon shown', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}${CASE}`, { waitUntil: 'load' });
    await page.locator('#概况 > a.heading-link').waitFor();
    const heading = page.getByRole('heading', { level: 2, name: '概况', exact: true });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await heading.getByRole('link', { name: '概况', exact: true }).count()).toBe(1);
    const icon = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('#概况 > a')!, '::after').opacity);
    expect(await icon()).toBe('0');
    // Tab from just before the heading lands on its link, which shows its icon.
    await page.evaluate(() => {
      const before = document.createElement('button');
      document.getElementById('概况')!.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('h2')?.id)).toBe('概况');
    expect(await icon()).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#概况');
    await page.close();
  });

  it('gives a heading that holds a link an icon link of its own, labelled, beside the text', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    // Before the page's scripts run: 概况's text becomes a link (as a term or figure in a heading would).
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        const heading = document.getElementById('概况');
        if (document.readyState !== 'interactive' || !heading) return;
        const term = document.createElement('a');
        term.href = '#';
        term.append(...heading.childNodes);
        heading.append(term);
      });
    });
    await page.goto(`${site.server.url}${CASE}`, { waitUntil: 'load' });
    const link = page.locator('#概况 > a.heading-link');
    await link.waitFor({ state: 'attached' });
    expect(await page.locator('#概况 a a').count()).toBe(0);
    expect(await link.textContent()).toBe('');
    expect(await link.getAttribute('aria-label')).toBe('小节“概况”的链接');
    await page.close();
  });
});
