/**
 * Presentation mode in Chromium: opens from the 演示 button, moves by
 * keyboard, shows the slide count the pure planner gives for the built page,
 * fits at projector and full-HD sizes, works offline, puts the page back on
 * Esc, and passes axe.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { readPage } from '../helpers/html.ts';
import { describeContent } from '../../src/lib/teaching/blocks.ts';
import { pageDeck, slideLabel } from '../../src/lib/teaching/deck.ts';
import { hastElement } from '../../src/lib/teaching/hast-tree.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** The deck the planner makes from the built HTML of a page (what the browser must show). */
function plannedDeck(url: string) {
  const page = readPage(url);
  const container = page.$('.sl-markdown-content');
  if (!container) throw new Error(`${url}: no content`);
  return pageDeck({
    key: url,
    title: page.text('h1').trim(),
    blocks: describeContent(hastElement(container)),
  });
}

/** Press 演示 and wait for the deck: its code loads once the page is idle, or on this press. */
async function openDeck(page: Page): Promise<void> {
  await page.getByRole('button', { name: '演示' }).click();
  await page.getByRole('dialog', { name: /^演示：/ }).waitFor();
}

const counter = (page: Page) => page.locator('[data-deck-counter]').textContent();

/** The page content's HTML, less what the diagram script draws (which presenting may trigger). */
const contentHtml = (page: Page) =>
  page.locator('.sl-markdown-content').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const canvas of copy.querySelectorAll<HTMLElement>('[data-diagram-key]')) {
      canvas.replaceChildren();
      // What drawing adds to fit the drawing to its column (diagram-loader.ts).
      for (const name of ['tabindex', 'role', 'aria-label', 'aria-hidden']) canvas.removeAttribute(name);
      canvas.style.removeProperty('--site-diagram-reserved');
      canvas.style.removeProperty('--site-diagram-drawn-width');
      canvas.setAttribute('style', canvas.style.cssText);
      canvas.closest('[data-diagram]')?.removeAttribute('data-scrolls');
    }
    for (const drawn of copy.querySelectorAll('[data-state]')) {
      drawn.removeAttribute('data-state');
      drawn.removeAttribute('data-theme');
    }
    return copy.innerHTML;
  });

describe('presentation mode', () => {
  const site = siteInBrowser();

  it('opens a case page as the planned deck and moves by keyboard', async () => {
    const expected = plannedDeck('/cases/changsha/');
    const n = expected.length;
    expect(n).toBeGreaterThan(12);
    const page = await site.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.server.url}/cases/changsha/`);
    await openDeck(page);
    const deck = page.getByRole('dialog', { name: /^演示：长沙/ });
    expect(await deck.isVisible()).toBe(true);
    expect(await counter(page)).toBe(`1 / ${n}`);
    expect(await page.locator('.deck__slide[data-current] .deck__bigtitle').textContent()).toContain('长沙');

    for (const key of ['ArrowRight', 'ArrowRight', 'Space', 'PageDown', 'ArrowDown'])
      await page.keyboard.press(key);
    expect(await counter(page)).toBe(`6 / ${n}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect(await counter(page)).toBe(`3 / ${n}`);
    expect(await page.locator('.deck__slide[data-current] .deck__title').textContent()).toBe(
      slideLabel(expected[2] as (typeof expected)[number]),
    );
    await page.keyboard.press('End');
    expect(await counter(page)).toBe(`${n} / ${n}`);
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`${n} / ${n}`);
    await page.keyboard.press('Home');
    expect(await counter(page)).toBe(`1 / ${n}`);
    // A click on the slide (focus goes to the page body) does not take the keys away.
    await page.locator('.deck__slide[data-current]').click({ position: { x: 40, y: 300 } });
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`2 / ${n}`);
    await page.keyboard.press('Home');
    // Every slide's label, in order, is the planner's.
    const labels = await page
      .locator('.deck__slide')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels).toEqual(expected.map((s, i) => `第 ${i + 1} 张，共 ${n} 张：${slideLabel(s)}`));
  });

  it('presents a topic page too, with the planned number of slides', async () => {
    const expected = plannedDeck('/topics/regional/');
    const page = await site.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.server.url}/topics/regional/`);
    await openDeck(page);
    expect(await counter(page)).toBe(`1 / ${expected.length}`);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.deck__slide[data-current] .deck__title').textContent()).toBe(
      slideLabel(expected[1] as (typeof expected)[number]),
    );
    // Topics have no teaching notes of their own; the notes panel says so rather than showing nothing.
    await page.keyboard.press('n');
    expect(await page.locator('[data-deck-notes]').textContent()).toContain('本页没有教学笔记');
  });

  it('shows speaker notes from the teaching notes, and leaves with Esc putting the page back', async () => {
    const page = await site.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.server.url}/cases/nanchang-xihu/`);
    const before = await contentHtml(page);
    await openDeck(page);
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: '讲者备注' });
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain('学习目标');
    // On a section slide the notes are that section's questions.
    const current = () => page.locator('.deck__slide[data-current]').getAttribute('aria-label');
    for (let i = 0; i < 10 && !(await current())?.includes('：组织架构'); i += 1)
      await page.keyboard.press('ArrowRight');
    expect(await current()).toContain('：组织架构');
    expect(await notes.textContent()).toContain('讨论题');
    expect(await page.getByRole('button', { name: '备注' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-deck]').count()).toBe(0);
    expect(await contentHtml(page)).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('演示');
  });

  it('opens a speaker window that follows the deck and drives it', async () => {
    const context = await site.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/chizhou/`);
    await openDeck(page);
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: '讲者窗口' }).click(),
    ]);
    const n = Number((await counter(page))?.split(' / ')[1]);
    expect(await speaker.locator('h1').textContent()).toMatch(new RegExp(`^1 / ${n}`));
    expect(await speaker.locator('main').textContent()).toContain('学习目标');
    expect(await speaker.locator('.next').textContent()).toMatch(/^下一张：/);
    await speaker.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`2 / ${n}`);
    await page.keyboard.press('ArrowRight');
    expect(await speaker.locator('h1').textContent()).toMatch(new RegExp(`^3 / ${n}`));
    await page.keyboard.press('Escape');
    await expect.poll(() => speaker.isClosed()).toBe(true);
  });

  it('opens at the slide named in the address, and goes full screen with F', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}/cases/shanghai/#present-4`);
    await page.waitForSelector('[data-deck]');
    expect(await counter(page)).toMatch(/^4 \/ \d+$/);
    await page.keyboard.press('ArrowRight');
    expect(page.url()).toMatch(/#present-5$/);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.evaluate(() => document.fullscreenElement?.matches('[data-deck]'))).toBe(true);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
  });

  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`fits every slide at ${width}×${height} without scrolling and keeps type large`, async () => {
      const page = await site.newPage({ viewport: { width, height } });
      for (const slug of ['changsha', 'zhangzhou']) {
        await page.goto(`${site.server.url}/cases/${slug}/`);
        await openDeck(page);
        const n = Number((await counter(page))?.split(' / ')[1]);
        const problems: string[] = [];
        for (let i = 0; i < n; i += 1) {
          const s = await page.evaluate(() => {
            const slide = document.querySelector<HTMLElement>('.deck__slide[data-current]');
            if (!slide) return undefined;
            const bar = document.querySelector('.deck__bar')?.getBoundingClientRect();
            return {
              label: slide.getAttribute('aria-label'),
              overflow: slide.scrollHeight - slide.clientHeight,
              sideways: slide.scrollWidth - slide.clientWidth,
              fontSize: parseFloat(getComputedStyle(slide).fontSize),
              barVisible: bar !== undefined && bar.bottom <= window.innerHeight && bar.top > 0,
            };
          });
          if (!s || s.overflow > 2 || s.sideways > 2 || s.fontSize < 16 || !s.barVisible)
            problems.push(JSON.stringify(s));
          await page.keyboard.press('ArrowRight');
        }
        expect(problems, slug).toEqual([]);
        await page.keyboard.press('Escape');
      }
    });
  }

  it('keeps working offline once the page is loaded and presented', async () => {
    const context = await site.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/guangzhou/`, { waitUntil: 'networkidle' });
    // Opening the deck draws every diagram at once (all slides are laid out), so nothing is left to fetch.
    await openDeck(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[data-deck] [data-diagram-key]')].every(
        (c) => c.dataset['state'] === 'rendered',
      ),
    );
    expect(await page.locator('[data-deck] [data-diagram-key]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    const offlineRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/favicon.svg')) offlineRequests.push(request.url());
    });
    await context.setOffline(true);
    await openDeck(page);
    const n = Number((await counter(page))?.split(' / ')[1]);
    for (let i = 1; i < n; i += 1) await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`${n} / ${n}`);
    expect(await page.locator('.deck__slide[data-current] .deck__body').textContent()).not.toBe('');
    expect(
      await page.locator('[data-deck] [data-diagram-key][data-state="rendered"] svg').count(),
    ).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(offlineRequests).toEqual([]);
  });

  it('opened offline before any diagram was drawn, shows the diagrams as their text', async () => {
    const context = await site.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/jining/`, { waitUntil: 'networkidle' });
    await context.setOffline(true);
    await openDeck(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[data-deck] [data-diagram]')].every(
        (d) => d.dataset['state'] === 'error',
      ),
    );
    const texts = await page
      .locator('[data-deck] [data-diagram] .site-diagram__text')
      .evaluateAll((els) =>
        els.map((el) => (el as HTMLElement).offsetHeight > 1 && (el.textContent ?? '').length > 4),
      );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every(Boolean)).toBe(true);
  });

  it('has no axe violations with the deck and its notes open', async () => {
    const page = await site.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.server.url}/cases/jining/`);
    await openDeck(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page)).toEqual([]);
  });
});
