/**
 * The lecture builder and what it makes, in Chromium: choosing and ordering
 * by keyboard, the address as the lecture (reload and the deck is the same),
 * saving in the browser or — without storage — in memory, the handout as one
 * printable document, and axe.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { readPage } from '../helpers/html.ts';
import { describeContent } from '../../src/lib/teaching/blocks.ts';
import { lectureDeck, slideLabel, type DeckPage } from '../../src/lib/teaching/deck.ts';
import { hastElement } from '../../src/lib/teaching/hast-tree.ts';
import { encodeLecture, type Lecture } from '../../src/lib/teaching/lecture.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const LECTURE: Lecture = {
  title: '社区"大党委"专题',
  subtitle: '2026年春季班',
  items: [
    { page: 'cases/nanchang-xihu', section: '组织架构' },
    { page: 'cases/shanghai' },
    { page: 'cases/changsha', section: '工作机制' },
  ],
};

/** The deck the planner makes for a lecture from the built pages. */
function plannedLectureDeck(lecture: Lecture) {
  const pages = new Map<string, DeckPage>();
  for (const { page: key } of lecture.items) {
    const page = readPage(`/${key}/`);
    const container = page.$('.sl-markdown-content');
    if (!container) throw new Error(key);
    pages.set(key, { key, title: page.text('h1').trim(), blocks: describeContent(hastElement(container)) });
  }
  return lectureDeck(lecture, pages);
}

/** Wait until the deck's diagrams are drawn (they draw on their own schedule; compare slides after that). */
const diagramsDrawn = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-deck] [data-diagram-key]')].every(
      (c) => c.dataset['state'] === 'rendered',
    ),
  );

const slideLabels = (page: Page) =>
  page.locator('.deck__slide').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));

describe('lecture builder', () => {
  const site = siteInBrowser();

  it('builds a lecture by keyboard, keeps it in the address, and saves it in the browser', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/lecture/`);
    await page.waitForSelector('[data-lecture-builder][data-ready]');
    await page.locator('[data-lecture-title]').fill('社区"大党委"专题');
    // Open a page's sections and add one, by keyboard only.
    await page.locator('[data-catalogue-page="cases/nanchang-xihu"] summary').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^添加一节：南昌西湖区.* · 组织架构$/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-catalogue-page="cases/shanghai"] summary').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^添加整页：上海/ }).focus();
    await page.keyboard.press('Space');
    // The builder is a Preact island: it redraws after the key event, so wait for what it shows.
    await expect.poll(() => page.locator('[data-lecture-status]').textContent()).toMatch(/^已添加：上海/);
    // Reorder: the whole Shanghai page goes first.
    await page.getByRole('button', { name: /^上移：上海/ }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .locator('[data-lecture-item]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-lecture-item'))),
      )
      .toEqual(['cases/shanghai', 'cases/nanchang-xihu:组织架构']);
    // The address is the lecture (written after the redraw): reloading keeps the selection.
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('i'))
      .toEqual(['cases/shanghai', 'cases/nanchang-xihu:组织架构']);
    await page.reload();
    await page.waitForSelector('[data-lecture-builder][data-ready]');
    expect(await page.locator('[data-lecture-item]').count()).toBe(2);
    expect(await page.locator('[data-lecture-title]').inputValue()).toBe('社区"大党委"专题');
    // Saved in localStorage, and listed.
    await page.getByRole('button', { name: '保存到本机' }).click();
    const stored = async () =>
      JSON.parse(
        (await page.evaluate(() => localStorage.getItem('dangjian-anliku:lectures'))) ?? '[]',
      ) as Lecture[];
    await expect
      .poll(async () => (await stored()).map((l) => [l.title, l.items.length]))
      .toEqual([['社区"大党委"专题', 2]]);
    await expect.poll(() => page.locator('[data-lecture-saved] li').count()).toBe(1);
    // The share link carries the lecture.
    const share = await page.locator('[data-lecture-share]').inputValue();
    expect(new URL(share).searchParams.getAll('i')).toEqual([
      'cases/shanghai',
      'cases/nanchang-xihu:组织架构',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so when the browser refuses storage, and keeps working in memory', async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('存储被禁用', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/lecture/?${encodeLecture(LECTURE)}`);
    await page.waitForSelector('[data-lecture-builder][data-ready]');
    expect(await page.locator('[data-lecture-storage-warning]').textContent()).toContain(
      '不允许本站保存数据',
    );
    expect(await page.locator('[data-lecture-item]').count()).toBe(3);
    await page.getByRole('button', { name: '保存到本机' }).click();
    await expect
      .poll(() => page.locator('[data-lecture-status]').textContent())
      .toContain('只保留到关闭本页为止');
    await expect.poll(() => page.locator('[data-lecture-saved] li').count()).toBe(1);
  });

  it('presents the lecture from its URL, and the same deck after a reload', async () => {
    const expected = plannedLectureDeck(LECTURE);
    const page = await site.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.server.url}/lecture/present/?${encodeLecture(LECTURE)}`);
    await page.waitForSelector('[data-deck]');
    const first = await slideLabels(page);
    expect(first).toEqual(
      expected.map((s, i) => `第 ${i + 1} 张，共 ${expected.length} 张：${slideLabel(s)}`),
    );
    expect(await page.locator('.deck__slide[data-current] .deck__agenda li').allTextContents()).toHaveLength(
      3,
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await diagramsDrawn(page);
    const body = await page.locator('.deck__slide[data-current] .deck__body').innerText();
    await page.reload();
    await page.waitForSelector('[data-deck]');
    await diagramsDrawn(page);
    expect(await slideLabels(page)).toEqual(first);
    // The address kept the slide too.
    expect(await page.locator('[data-deck-counter]').textContent()).toBe(`3 / ${expected.length}`);
    expect(await page.locator('.deck__slide[data-current] .deck__body').innerText()).toBe(body);
    // Speaker notes come from the case's teaching notes.
    await page.keyboard.press('n');
    expect(await page.locator('[data-deck-notes]').textContent()).toMatch(/讨论题|学习目标|没有专门的笔记/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-lecture-message]').textContent()).toContain(
      `共 ${expected.length} 张幻灯片`,
    );
  });

  it('prints the lecture as one handout with a table of contents, its figures and its sources', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/lecture/handout/?${encodeLecture(LECTURE)}`);
    await page.waitForSelector('[data-handout-ready]');
    expect(await page.locator('h1').textContent()).toBe(LECTURE.title);
    const toc = await page.locator('[data-handout-toc] li').allTextContents();
    expect(toc).toHaveLength(LECTURE.items.length + 1);
    expect(toc[toc.length - 1]).toBe('来源');
    // Every citation marker points at a source list entry in this document.
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('[data-handout] sup > a[href^="#"]')]
        .map((a) => a.getAttribute('href')?.slice(1) ?? '')
        .filter((id) => !document.getElementById(decodeURIComponent(id))),
    );
    expect(dangling).toEqual([]);
    expect(await page.locator('[data-handout] sup').count()).toBeGreaterThan(5);
    // A whole page's headings come one level down under the part's own heading, each with its text.
    const wholePage = page.locator('[data-handout-part="cases/shanghai"] .sl-markdown-content');
    expect(await wholePage.locator(':scope > h2').count()).toBe(0);
    const headings = await wholePage.locator(':scope > :is(h3, h4)').allTextContents();
    expect(headings).toContain('概况');
    expect(headings.filter((text) => !text.trim())).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'handout-'));
    try {
      const pdf = join(dir, 'handout.pdf');
      // The page size comes from the print stylesheet's @page rule, not from here.
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const words of [
        '目录',
        '2026年春季班',
        '组织架构',
        '工作机制',
        '来源',
        '综合党委',
        '《上海如何发挥街道社区党组织的“轴心”作用》',
      ]) {
        expect(text, words).toContain(words.replace(/\s+/g, ''));
      }
      // A figure of each page, as it reads on the site.
      for (const figure of ['不超过13人', '8个']) expect(text).toContain(figure);
      expect(text).not.toContain('案例库（');
      expect(text).not.toContain('编辑讲座');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:.*\(A4\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
