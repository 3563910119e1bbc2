/**
 * The site built for /dangjian/, served there, in Chromium: the four things
 * a reader does (search and follow a result, start the planner from a
 * template, see a diagram, download the figures as CSV) online; then, after
 * one visit and "下载全站" on the 离线使用 page, the same four with the server
 * gone. Also: a page never kept shows the offline page, a search without the
 * index says the network is gone, a refused quota says so and the site goes
 * on online, and a new build's worker replaces the old one and its files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/serve.ts';
import { DIST_PREFIX, PREFIX, ROOT } from '../helpers/paths.ts';
import {
  diagramText,
  downloadFiguresCsv,
  plannerFromTemplate,
  plannerReturn,
  searchAndFollow,
  fetchedColumnAndTimeline,
  searchStatus,
} from './flows.ts';
import { buildServiceWorker } from '../../src/integrations/offline/build-worker.ts';

let server: StaticServer;
let browser: Browser;
const at = (path: string) => `${server.url}${path}`;

beforeAll(async () => {
  server = await serveDist(DIST_PREFIX, { prefix: PREFIX });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh profile; responses with an error status are collected. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page; failed: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  return { context, page, failed };
}

/** Wait until this page is controlled by the site's service worker. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Wait until the worker keeps this page and all it loaded, as it does for the first page it takes over. */
async function pageKept(page: Page): Promise<void> {
  const allKept = () =>
    page.evaluate(async () => {
      const wanted = [
        new URL('index.html', location.href).href,
        ...performance
          .getEntriesByType('resource')
          .map((entry) => entry.name.split('?')[0]!)
          .filter((url) => url.startsWith(location.origin) && !url.endsWith('/sw.js')),
      ];
      const keptUrls = new Set<string>();
      for (const name of await caches.keys()) {
        if (!name.startsWith('dangjian-site-')) continue;
        for (const r of await (await caches.open(name)).keys()) keptUrls.add(r.url.split('?')[0]!);
      }
      return wanted.every((url) => keptUrls.has(url));
    });
  await expect.poll(allKept, { timeout: 30_000 }).toBe(true);
}

/** On the 离线使用 page: download the whole site and wait until it is all kept. */
async function downloadWholeSite(page: Page): Promise<string> {
  await page.goto(at('/about/offline/'));
  const button = page.locator('[data-offline-download]');
  await button.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await button.textContent()).toMatch(/下载全站（约 [\d.]+ MB）/);
  await button.click();
  await page.waitForFunction(
    () => document.querySelector('[data-offline-state]')?.textContent?.includes('全站已保存在本机'),
    undefined,
    { timeout: 120_000 },
  );
  return (await page.locator('[data-offline-state]').textContent()) ?? '';
}

async function fourThings(page: Page) {
  await page.goto(at('/'));
  const search = await searchAndFollow(page, '大党委');
  const planner = await plannerFromTemplate(page, at('/planner/'));
  const plannerAgain = await plannerReturn(page, at('/planner/'));
  const diagram = await diagramText(page, at('/cases/nanchang-xihu/'));
  const csv = await downloadFiguresCsv(page, at('/reference/figures/'));
  return { search, planner, plannerAgain, diagram, csv };
}

function expectFourThings(result: Awaited<ReturnType<typeof fourThings>>) {
  expect(result.search.results).toBeGreaterThan(0);
  expect(result.search.landed.startsWith(`${server.url}/`)).toBe(true);
  expect(result.search.heading).not.toMatch(/没有找到|这一页还没有保存/);
  expect(result.planner).toMatch(/不符合/);
  expect(result.plannerAgain).toBe(result.planner);
  expect(result.diagram.length).toBeGreaterThan(10);
  expect(result.csv[0]?.[0]).toBe('编号');
  expect(result.csv.length).toBeGreaterThan(50);
}

describe(`under ${PREFIX}, online`, () => {
  it('searches, follows a result, starts the planner, draws a diagram, downloads the CSV; nothing 404s', async () => {
    const { context, page, failed } = await freshPage();
    expectFourThings(await fourThings(page));
    expect(failed).toEqual([]);
    await context.close();
  });

  it('keeps saved plans under this copy’s path, and says plans stay with the address', async () => {
    const { context, page } = await freshPage();
    await plannerFromTemplate(page, at('/planner/'));
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.includes(':planner:plan:')));
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(
      keys.filter((k) => k.includes(':planner:')).every((k) => k.startsWith(`dangjian-anliku@${PREFIX}:`)),
    ).toBe(true);
    expect(await page.locator('[data-plans-scope]').textContent()).toContain('这个网址下');
    await context.close();
  });
});

/** What the compare page and the timeline fetch on demand, as they should arrive. */
function expectFetched(result: Awaited<ReturnType<typeof fetchedColumnAndTimeline>>) {
  expect(result.head).toBe('广州');
  expect(result.href).toBe(at('/cases/guangzhou/'));
  expect(result.cell).toContain('广州');
  expect(result.timeline).toMatch(/^共 \d+ 个事件/);
}

describe(`under ${PREFIX}: the compare page and the timeline fetch what they need`, () => {
  it('online, and with the server gone after 离线使用', async () => {
    const { context, page, failed } = await freshPage();
    expectFetched(await fetchedColumnAndTimeline(page, at('/topics/compare/'), at('/reference/timeline/')));
    expect(failed).toEqual([]);
    await context.close();
    const offline = await freshPage();
    await offline.page.goto(at('/'));
    await controlled(offline.page);
    await downloadWholeSite(offline.page);
    server.setOffline(true);
    try {
      expectFetched(
        await fetchedColumnAndTimeline(offline.page, at('/topics/compare/'), at('/reference/timeline/')),
      );
    } finally {
      server.setOffline(false);
    }
    await offline.context.close();
  });
});

describe('offline after one visit and 离线使用', () => {
  it('does the same four things with the server gone', async () => {
    const { context, page } = await freshPage();
    await page.goto(at('/'));
    await controlled(page);
    const state = await downloadWholeSite(page);
    expect(state).toMatch(/全站已保存在本机（[\d.]+ MB）/);
    server.setOffline(true);
    try {
      expectFourThings(await fourThings(page));
    } finally {
      server.setOffline(false);
    }
    await context.close();
  });

  it('shows the offline page for a page never kept, and a search without its index says the network is gone', async () => {
    const { context, page } = await freshPage();
    await page.goto(at('/'));
    await controlled(page);
    // The first page visited is kept, though it loaded before the worker started.
    await pageKept(page);
    server.setOffline(true);
    try {
      await page.goto(at('/cases/shanghai/'));
      expect(await page.locator('h1').textContent()).toBe('这一页还没有保存在本机');
      await page.goto(at('/'));
      expect(await searchStatus(page, '社区大党委')).toMatch(/^网络不可用/);
    } finally {
      server.setOffline(false);
    }
    await context.close();
  });

  it('says so plainly when the browser refuses the space, and the site goes on working online', async () => {
    const { context, page } = await freshPage();
    await page.goto(at('/about/offline/'));
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 1024 * 1024 });
    await page.reload();
    const button = page.locator('[data-offline-download]');
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.waitForFunction(() =>
      document.querySelector('[data-offline-state]')?.textContent?.includes('存储空间'),
    );
    expect(await page.locator('[data-offline-state]').textContent()).toMatch(
      /浏览器没有给本站足够的存储空间.*网站在联网时照常可用/,
    );
    const response = await page.goto(at('/cases/changsha/'));
    expect(response?.ok()).toBe(true);
    await context.close();
  });
});

describe('a new build', () => {
  let next: string;

  beforeAll(async () => {
    // The same site with one page changed, and its worker made again as the build makes it.
    next = mkdtempSync(join(ROOT, 'tests/.tmp/dist-next-'));
    cpSync(DIST_PREFIX, next, { recursive: true });
    const page = join(next, 'cases/changsha/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '（新版）</h1>'));
    await buildServiceWorker(next, PREFIX);
  });

  afterAll(() => {
    server.setRoot(DIST_PREFIX);
    rmSync(next, { recursive: true, force: true });
  });

  it('replaces the old worker and its copy of the changed page, and tells the reader to refresh', async () => {
    const { context, page } = await freshPage();
    await page.goto(at('/cases/changsha/'));
    await controlled(page);
    await downloadWholeSite(page);
    await page.goto(at('/cases/changsha/'));
    expect(await page.locator('h1').textContent()).not.toContain('新版');

    server.setRoot(next);
    // The next visit finds the new worker; it takes over this page, which says so.
    await page.reload();
    const notice = page.locator('[data-update]');
    await notice.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await notice.textContent()).toBe('内容已更新，刷新查看');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '刷新查看' }).click()]);
    expect(await page.locator('h1').textContent()).toContain('（新版）');

    // Offline, the kept copy is the new one, and the old one is gone from the cache.
    server.setOffline(true);
    try {
      await page.reload();
      expect(await page.locator('h1').textContent()).toContain('（新版）');
      const kept = await page.evaluate(async () => {
        const names = await caches.keys();
        const site = names.find((n) => n.startsWith('dangjian-site-'));
        const keys = site ? await (await caches.open(site)).keys() : [];
        return keys.map((r) => r.url).filter((u) => u.includes('/cases/changsha/index.html'));
      });
      expect(kept).toHaveLength(1);
    } finally {
      server.setOffline(false);
    }
    await context.close();
  });
});
