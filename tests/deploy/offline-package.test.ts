/**
 * The USB package (npm run package:offline, made from dist/): within its size
 * budget, with 使用说明.txt and a zip; every link and file a page names is in
 * the folder, with no module script left; and in Chromium from file://, the
 * reader clicks through to a case page, sees its diagram, downloads the
 * figures, starts the planner and searches — results that lead to pages —
 * under the package's Content Security Policy, with no violation.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST, DIST_OFFLINE, OFFLINE_ZIP } from '../helpers/paths.ts';
import { watchContext, type PageWatch } from '../helpers/page-watch.ts';
import {
  diagramText,
  downloadFiguresCsv,
  downloadFrom,
  fetchedColumnAndTimeline,
  plannerFromTemplate,
  searchAndFollow,
} from './flows.ts';
import { README_NAME } from '../../scripts/offline/readme.ts';
import { ZIP_FOLDER } from '../../scripts/offline/package.ts';

/** Code only the document libraries contain (docx writes footnote references, pptxgenjs names itself). */
const LIBRARY_MARKERS = ['w:footnoteReference', 'PptxGenJS'];

/** Budget of issue 15: the package is at most this many times the size of dist/. */
const SIZE_BUDGET = 1.2;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
}
const sizeOf = (dir: string) => filesIn(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const pages = filesIn(DIST_OFFLINE).filter((f) => f.endsWith('.html'));

describe('the package on disk', () => {
  it(`stays within ${SIZE_BUDGET}× the size of dist/`, () => {
    const ratio = sizeOf(DIST_OFFLINE) / sizeOf(DIST);
    console.log(`离线版大小：dist/ 的 ${ratio.toFixed(3)} 倍（预算 ${SIZE_BUDGET}）。`);
    expect(ratio).toBeLessThanOrEqual(SIZE_BUDGET);
  });

  it('has every page of the site, 使用说明.txt beside index.html, and the same in the zip', () => {
    expect(pages.length).toBe(
      filesIn(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length,
    );
    const readme = readFileSync(join(DIST_OFFLINE, README_NAME), 'utf8');
    expect(readme.startsWith('\uFEFF城市基层党建案例库（离线版）使用说明')).toBe(true);
    expect(readme).toContain('双击本文件夹里的 index.html');
    const zipped = unzipSync(readFileSync(OFFLINE_ZIP), {
      filter: (f) => !f.name.includes('/_offline/pagefind/'),
    });
    expect(Object.keys(zipped)).toContain(`${ZIP_FOLDER}/index.html`);
    expect(Object.keys(zipped)).toContain(`${ZIP_FOLDER}/${README_NAME}`);
  });

  it('holds each document library once: the scripts that need one load its file', () => {
    const scripts = filesIn(join(DIST_OFFLINE, '_offline')).filter((f) => f.endsWith('.js'));
    for (const marker of LIBRARY_MARKERS) {
      const holders = scripts.filter((f) =>
        readFileSync(join(DIST_OFFLINE, '_offline', f), 'utf8').includes(marker),
      );
      expect(holders, marker).toHaveLength(1);
    }
  });

  it('runs no module script, and every link, script and stylesheet a page names is a file in the folder', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const tree = fromHtml(readFileSync(join(DIST_OFFLINE, file), 'utf8'));
      if (selectAll('script[type="module"]', tree).length > 0) broken.push(`${file}：仍有 type=module 脚本`);
      const urls = [
        ...selectAll('[href]', tree).map((n) => String(n.properties?.['href'])),
        ...selectAll('[src]', tree).map((n) => String(n.properties?.['src'])),
        ...selectAll('form[action]', tree).map((n) => String(n.properties?.['action'])),
      ];
      for (const url of urls) {
        if (url === '' || /^(#|[a-z]+:)/.test(url)) continue;
        if (url.startsWith('/')) {
          broken.push(`${file}：${url}（从U盘打开时找不到根目录）`);
          continue;
        }
        const target = join(
          dirname(join(DIST_OFFLINE, file)),
          decodeURIComponent(url.split(/[?#]/)[0] ?? ''),
        );
        if (!existsSync(target) || !statSync(target).isFile()) broken.push(`${file}：${url}`);
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });
});

describe('opened from file:// in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let watch: PageWatch;
  const home = pathToFileURL(join(DIST_OFFLINE, 'index.html')).href;
  const at = (path: string) => pathToFileURL(join(DIST_OFFLINE, path)).href;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ acceptDownloads: true });
    // file:// pages have the opaque origin "null": any http(s) request is an outside one.
    watch = await watchContext(context, 'null');
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens index.html styled, and a click leads to a case page with its diagram drawn', async () => {
    await page.goto(home);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.sl-link-button')!).display),
    ).not.toBe('inline');
    await Promise.all([page.waitForEvent('load'), page.locator('.hero a', { hasText: '读案例' }).click()]);
    expect(page.url()).toBe(at('cases/index.html'));
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('main a[href$="nanchang-xihu/index.html"]').first().click(),
    ]);
    expect(page.url()).toBe(at('cases/nanchang-xihu/index.html'));
    expect(await diagramText(page, page.url())).toContain('网格党支部');
  });

  it('downloads the figures as CSV', async () => {
    const rows = await downloadFiguresCsv(page, at('reference/figures/index.html'));
    expect(rows[0]?.[0]).toBe('编号');
    expect(rows.length).toBeGreaterThan(50);
  });

  it('gives a case as Word and as slides', async () => {
    const url = at('cases/changsha/index.html');
    const word = await downloadFrom(page, url, '下载 Word');
    expect(word.name).toMatch(/\.docx$/);
    expect(Object.keys(unzipSync(word.bytes))).toContain('word/document.xml');
    const slides = await downloadFrom(page, url, '下载幻灯片');
    expect(slides.name).toMatch(/\.pptx$/);
    expect(Object.keys(unzipSync(slides.bytes))).toContain('ppt/presentation.xml');
  });

  it('starts the planner from a template and checks it', async () => {
    expect(await plannerFromTemplate(page, at('planner/index.html'))).toMatch(/不符合/);
  });

  it('adds a case to the comparison and filters the timeline, from files beside the pages', async () => {
    const found = await fetchedColumnAndTimeline(
      page,
      at('topics/compare/index.html'),
      at('reference/timeline/index.html'),
    );
    expect(found.head).toBe('广州');
    expect(found.href).toBe(at('cases/guangzhou/index.html'));
    expect(found.cell).toContain('广州');
    expect(found.timeline).toMatch(/^共 \d+ 个事件/);
  });

  it('searches, with results that lead to their pages', async () => {
    await page.goto(home);
    const found = await searchAndFollow(page, '大党委');
    expect(found.results).toBeGreaterThan(0);
    expect(found.landed.startsWith(pathToFileURL(DIST_OFFLINE).href)).toBe(true);
    expect(existsSync(new URL(found.landed.split('#')[0]!))).toBe(true);
    expect(found.heading).not.toBe('');
  });

  it('says plainly that lectures need the website', async () => {
    await page.goto(`${at('lecture/present/index.html')}?t=%E8%AF%95&i=cases%2Fchangsha`);
    await page.waitForFunction(() =>
      document.querySelector('[data-lecture-message]')?.textContent?.includes('本地文件'),
    );
    expect(await page.locator('[data-lecture-message]').textContent()).toMatch(
      /从本地文件（如U盘）打开时无法准备/,
    );
  });

  it('raised no script error, no Content Security Policy violation and no outside request on the way', () => {
    expect(errors).toEqual([]);
    expect(watch).toEqual({ outside: [], violations: [], errors: [] });
  });
});
