/**
 * Mermaid diagrams in Chromium: loaded only when a diagram nears the
 * viewport, drawn into the space reserved for them, redrawn with the theme,
 * and replaced by their text version without JS and in print.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DIST } from '../helpers/paths.ts';
import { mermaidChunks } from '../../scripts/bench/30-mermaid.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const GUIDE = '/about/authoring/';

describe('Mermaid diagrams in Chromium', () => {
  const site = siteInBrowser();
  const chunks = mermaidChunks(DIST);
  const mermaidRequests = () =>
    site.server.requests.filter((path) => chunks.has(path.split('?')[0]!.replace(/^\/_astro\//, '')));

  const open = async (url: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> => {
    site.server.requests.length = 0;
    const page = await site.newPage({ viewport: { width: 1280, height: 720 }, ...options });
    await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
    return page;
  };

  it('knows which built chunks are Mermaid’s', () => {
    expect([...chunks].some((f) => f.startsWith('mermaid.core'))).toBe(true);
  });

  it('draws the diagram only after it is scrolled near, with no Mermaid request before', async () => {
    const page = await open(GUIDE);
    const canvas = page.locator('[data-diagram-key]').first();
    // The diagram starts well below the fold, beyond the loader's 400px margin.
    const top = await canvas.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(720 + 400);
    await page.waitForTimeout(500);
    expect(mermaidRequests()).toEqual([]);
    expect(await canvas.locator('svg').count()).toBe(0);

    const before = await canvas.boundingBox();
    await canvas.scrollIntoViewIfNeeded();
    await canvas.locator('svg').waitFor({ timeout: 30_000 });
    expect(mermaidRequests().length).toBeGreaterThan(0);
    expect(await canvas.getAttribute('data-state')).toBe('rendered');
    // Drawn into the reserved box: nothing moved.
    const after = await canvas.boundingBox();
    expect(after?.height).toBeCloseTo(before!.height, 0);
    const svgText = await canvas.locator('svg').textContent();
    expect(svgText).toContain('网格党支部');
  });

  it('loads no Mermaid at all on a page without diagrams', async () => {
    for (const url of ['/', '/about/sources/']) {
      const page = await open(url);
      expect(await page.locator('[data-diagram]').count()).toBe(0);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      expect(mermaidRequests(), url).toEqual([]);
      await page.close();
    }
  });

  it('causes no layout shift while drawing', async () => {
    const page = await open(GUIDE);
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; hadRecentInput: boolean }
        >) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: false });
    });
    const canvas = page.locator('[data-diagram-key]').first();
    await canvas.scrollIntoViewIfNeeded();
    await canvas.locator('svg').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });

  it('follows Starlight’s theme and redraws when it changes', async () => {
    const page = await open(GUIDE, { colorScheme: 'light' });
    const canvas = page.locator('[data-diagram-key]').first();
    await canvas.scrollIntoViewIfNeeded();
    await canvas.locator('svg').waitFor({ timeout: 30_000 });
    expect(await canvas.getAttribute('data-theme')).toBe('light');
    const lightSvg = await canvas.innerHTML();
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    await page.waitForFunction(
      () => document.querySelector('[data-diagram-key]')?.getAttribute('data-theme') === 'dark',
    );
    expect(await canvas.innerHTML()).not.toBe(lightSvg);
  });

  it('keeps the text version for screen readers and without JS; paper gets the drawing only', async () => {
    const page = await open(GUIDE);
    const text = page.locator('.site-diagram__text').first();
    // Hidden visually (1px clip) but not from assistive technology.
    expect(await text.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    expect(await text.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await page.emulateMedia({ media: 'print' });
    expect(await text.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    await page.close();

    const noJs = await site.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    const plain = await noJs.newPage();
    await plain.goto(`${site.server.url}${GUIDE}`);
    const list = plain.locator('.site-diagram__text').first();
    expect(await list.isVisible()).toBe(true);
    expect(await list.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(20);
    expect(await plain.locator('.site-diagram__canvas').first().isVisible()).toBe(false);
    expect(await plain.locator('.site-diagram figcaption').first().textContent()).toBe(
      '西湖区“四位一体”的党组织网络',
    );
  });

  it('reads each source from its own file, and shows the text version where the file cannot be had', async () => {
    site.server.requests.length = 0;
    // As offline with nothing kept: the diagram files do not come (no service worker to answer instead).
    const page = await site.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await page.route('**/diagrams/*.txt', (route) => route.abort('internetdisconnected'));
    await page.goto(`${site.server.url}${GUIDE}`, { waitUntil: 'networkidle' });
    const figure = page.locator('figure[data-diagram]').first();
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-diagram][data-state="error"]', { timeout: 30_000 });
    const list = figure.locator('.site-diagram__text');
    expect(await list.isVisible()).toBe(true);
    expect(await list.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(20);
    expect(await list.textContent()).toContain('网格党支部');
    expect(await figure.locator('.site-diagram__canvas').isVisible()).toBe(false);
    await page.close();

    // Served, the drawing comes from the file its canvas names.
    const served = await open(GUIDE);
    const canvas = served.locator('[data-diagram-key]').first();
    const key = await canvas.getAttribute('data-diagram-key');
    await canvas.scrollIntoViewIfNeeded();
    await canvas.locator('svg').waitFor({ timeout: 30_000 });
    expect(site.server.requests.map((path) => path.split('?')[0])).toContain(`/diagrams/${key}.txt`);
  });

  it('draws the asides’ icons by CSS, as Starlight drew them, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(GUIDE, { colorScheme });
      const title = page.locator('.starlight-aside--note .starlight-aside__title').first();
      expect(await title.locator('svg').count()).toBe(0);
      const icon = await title.evaluate((el) => {
        const style = getComputedStyle(el, '::before');
        const fontSize = parseFloat(getComputedStyle(el).fontSize);
        return {
          mask: style.maskImage,
          width: parseFloat(style.width) / fontSize,
          height: parseFloat(style.height) / fontSize,
          colour: style.backgroundColor,
          titleColour: getComputedStyle(el).color,
        };
      });
      expect(icon.mask).toContain('M12 11a1 1 0 0 0-1 1v4');
      expect(icon.width).toBeCloseTo(1.333, 2);
      expect(icon.height).toBeCloseTo(1.333, 2);
      expect(icon.colour).toBe(icon.titleColour);
      await page.close();
    }
  });
});
