/**
 * A case reads well on a phone and on paper (issue: reading). The measures:
 * 概况's first paragraph on the first 390×844 screen; printed case pages with
 * their diagrams drawn (no raw 图示内容 list, labels at 9 pt or more), no ↩
 * rows and no heading left at the foot of a page; diagram labels at 12 px or
 * more on a laptop; the comparison printed landscape with a full first page;
 * phone tables that say they scroll; axe clean at 390 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { readPage } from '../helpers/html.ts';
import { printed, pressPrint } from '../../scripts/lib/print.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

const CASES = CASE_SLUGS.map((slug) => `/cases/${slug}/`);
const PHONE = { width: 390, height: 844 };
/** An A4 page's width between the print stylesheet's margins (210 − 2 × 16 mm), in CSS px. */
const A4_COLUMN = Math.floor(((210 - 32) / 25.4) * 96);

/** Top of 概况's first paragraph, in px from the top of the page. */
const firstParagraphTop = (page: Page) =>
  page.evaluate(() => {
    const heading = document.getElementById('概况');
    let block = heading?.nextElementSibling;
    while (block && block.tagName !== 'P') block = block.nextElementSibling;
    return block ? block.getBoundingClientRect().top + window.scrollY : Infinity;
  });

/** Each drawn diagram's label size in px as shown: Mermaid's 16px labels times the drawing's scale. */
const labelSizes = (page: Page) =>
  page.locator('[data-diagram-key] svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const { width } = (svg as SVGSVGElement).viewBox.baseVal;
      return (16 * svg.getBoundingClientRect().width) / width;
    }),
  );

describe('reading a case on a phone and on paper', () => {
  const site = siteInBrowser();

  it('puts 概况’s first paragraph on the first phone screen of every case page', async () => {
    const page = await site.newPage({ viewport: PHONE });
    const tops: Record<string, number> = {};
    for (const url of CASES) {
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      tops[url] = Math.round(await firstParagraphTop(page));
    }
    console.log('概况首段位置（390 px）：', tops);
    for (const [url, top] of Object.entries(tops)) expect(top, url).toBeLessThanOrEqual(844 - 30);
    // The rest of the summary waits behind 更多, closed.
    expect(await page.locator('.case-meta details').getAttribute('open')).toBeNull();
  });

  it('prints every case page with its diagrams drawn, no raw list, no ↩ and no heading left at a page foot', async () => {
    for (const url of CASES) {
      const page = await site.newPage();
      await page.goto(`${site.server.url}${url}`);
      await pressPrint(page);
      const { text, pages } = await printed(page);
      const lines = text.split('\n');
      expect(
        lines.filter((line) => /图示内容|指向：/.test(line)),
        url,
      ).toEqual([]);
      expect(
        lines.filter((line) => line.includes('↩')),
        url,
      ).toEqual([]);
      const headings = new Set(
        readPage(url)
          .$$('.sl-markdown-content :is(h2, h3)')
          .map((h) => readPage(url).textOf(h).trim()),
      );
      const stranded = pages
        .map((p) =>
          p
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '' && !/^\d+ \/ \d+$/.test(l)),
        )
        .map((p) => p.at(-1) ?? '')
        .filter((last) => headings.has(last));
      expect(stranded, url).toEqual([]);
      await page.close();
    }
  }, 240_000);

  it('prints diagram labels at 9 pt or more, and shows them at 12 px or more on a laptop', async () => {
    for (const url of [...CASES, '/topics/organisation/', '/topics/grid/']) {
      const laptop = await site.newPage({ viewport: { width: 1280, height: 900 } });
      await laptop.goto(`${site.server.url}${url}`);
      if ((await laptop.locator('[data-diagram-key]').count()) === 0) {
        await laptop.close();
        continue;
      }
      await pressPrint(laptop);
      for (const size of await labelSizes(laptop)) expect(size, url).toBeGreaterThanOrEqual(12 - 0.01);
      // Paper: the page's column, in print media.
      await laptop.setViewportSize({ width: A4_COLUMN, height: 1100 });
      await laptop.emulateMedia({ media: 'print' });
      for (const size of await labelSizes(laptop)) expect(size * 0.75, url).toBeGreaterThanOrEqual(9 - 0.01);
      await laptop.close();
    }
  }, 240_000);

  it('keeps diagram labels at 12 px on a phone, scrolling a wide drawing with a visible hint', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}/cases/guangzhou/`);
    await pressPrint(page);
    for (const size of await labelSizes(page)) expect(size).toBeGreaterThanOrEqual(12 - 0.01);
    const wide = page.locator('.site-diagram[data-scrolls]').first();
    await wide.scrollIntoViewIfNeeded();
    // The hint is drawn by CSS over the drawing's corner (markdown.css), only on a drawing that scrolls.
    const hintOf = (el: Element) => {
      const style = getComputedStyle(el, '::before');
      return { content: style.content, shown: style.display !== 'none' };
    };
    const hint = await wide.evaluate(hintOf);
    expect(hint.content).toContain('左右滑动查看全图');
    expect(hint.shown).toBe(true);
    const fitting = page.locator('.site-diagram[data-state="rendered"]:not([data-scrolls])');
    if ((await fitting.count()) > 0) expect((await fitting.first().evaluate(hintOf)).shown).toBe(false);
    const canvas = wide.locator('[data-diagram-key]');
    expect(await canvas.getAttribute('tabindex')).toBe('0');
    expect(await canvas.getAttribute('aria-label')).toContain('可左右滚动');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('prints the comparison landscape, with the title and the first rows on a full first page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/topics/compare/`);
    const { info, pages } = await printed(page);
    const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(width).toBeGreaterThan(height!);
    const first = pages[0] ?? '';
    expect(first).toContain('案例对照');
    expect(first).toContain('组织层级');
    const lines = (p: string) => p.split('\n').filter((l) => l.trim() !== '').length;
    expect(lines(first)).toBeGreaterThanOrEqual(0.7 * lines(pages[1] ?? ''));
  });

  it('says when a phone table scrolls, keeps its first column in view and lets the keyboard scroll it', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}/topics/regional/`);
    const frame = page.locator('.table-frame[data-scrolls]').first();
    await frame.scrollIntoViewIfNeeded();
    // The hint is drawn by CSS above the table (markdown.css), for the eye only.
    const hint = await frame.evaluate((el) => {
      const style = getComputedStyle(el, '::before');
      return { content: style.content, shown: style.display !== 'none' && style.visibility === 'visible' };
    });
    expect(hint.content).toContain('左右滑动查看全表');
    expect(hint.shown).toBe(true);
    const scroller = frame;
    expect(await scroller.getAttribute('tabindex')).toBe('0');
    expect(await scroller.getAttribute('aria-label')).toMatch(/^表格：.*（可左右滚动）$/);
    const label = scroller.locator('tbody td:first-child').first();
    const fontSize = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const box = (await label.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(4 * fontSize);
    await scroller.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The browser may animate keyboard scrolling: wait for it to move rather than read it once.
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await label.boundingBox())!.x).toBeCloseTo(box.x, 0);
  });

  it('has no axe violations at 390 and 1280 px on case pages, the comparison and a topic with tables', async () => {
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      const page = await site.newPage({ viewport });
      const found: Record<string, string[]> = {};
      for (const url of [...CASES, '/topics/compare/', '/topics/regional/']) {
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
        // Diagrams drawn too: a drawing wider than the column becomes a labelled, scrollable region.
        if ((await page.locator('[data-diagram-key]').count()) > 0) await pressPrint(page);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[url] = violations;
      }
      expect(found, `${viewport.width}px`).toEqual({});
      await page.close();
    }
  }, 240_000);
});
