/**
 * What a security review checks in the browser: every built page and every
 * main flow — search, the planner (chart, share link and QR code, calendar,
 * meeting papers, print), presentation mode, Word and slides downloads, a
 * lecture, the figures CSV, 离线使用 (the service worker) — run under the
 * pages' Content Security Policy with no violation, no console error and no
 * request to any other origin; and the main flows again with the README's
 * nginx header policy sent as well (which also governs the workers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/serve.ts';
import { HEADER_POLICY } from '../../src/lib/security/csp.ts';
import { allPageUrls } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { watchContext, type PageWatch } from '../helpers/page-watch.ts';
import { diagramText, downloadFiguresCsv, searchAndFollow } from '../deploy/flows.ts';
import { useTemplate, waitReady } from '../../scripts/lib/planner-ui.ts';
import { encodeLecture } from '../../src/lib/teaching/lecture.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPlan } from '../../src/lib/plan-format/read.ts';
import { planFileText } from '../../src/lib/plan-format/file-text.ts';
import { encodeShare } from '../../src/lib/plan-editing/share.ts';

const URLS = allPageUrls();
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>"; DROP TABLE plans; --';

describe('Content Security Policy and no outside requests', () => {
  const site = siteInBrowser();

  async function watched(): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const watch = await watchContext(context, new URL(site.server.url).origin);
    return { context, page: await context.newPage(), watch };
  }

  const clean = (watch: PageWatch) => expect(watch).toEqual({ outside: [], violations: [], errors: [] });

  /** Click, and wait for the file it gives. */
  async function download(page: Page, click: () => Promise<void>): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), click()]);
    return file.suggestedFilename();
  }

  it('loads every page, scrolled to its end, without a violation', async () => {
    const { context, page, watch } = await watched();
    for (const url of URLS) {
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(150);
    }
    clean(watch);
    await context.close();
  }, 300_000);

  it('searches, draws diagrams, presents, downloads Word, slides and the CSV, shares with a QR code', async () => {
    const { context, page, watch } = await watched();
    await page.goto(`${site.server.url}/`);
    expect((await searchAndFollow(page, '大党委')).results).toBeGreaterThan(0);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('网格')}`);
    await page.locator('search-page [data-results] a').first().waitFor({ timeout: 30_000 });
    expect((await diagramText(page, `${site.server.url}/cases/nanchang-xihu/`)).length).toBeGreaterThan(10);
    expect(await download(page, () => page.getByRole('button', { name: '下载 Word' }).click())).toMatch(
      /\.docx$/,
    );
    expect(await download(page, () => page.getByRole('button', { name: '下载幻灯片' }).click())).toMatch(
      /\.pptx$/,
    );
    await page.getByRole('button', { name: '分享' }).click();
    await page.locator('#doc-share-panel .doc-tools__qr svg').waitFor();
    await page.goto(`${site.server.url}/cases/changsha/`);
    await page.getByRole('button', { name: '演示' }).click();
    await page.getByRole('dialog', { name: /^演示：长沙/ }).waitFor();
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect((await downloadFiguresCsv(page, `${site.server.url}/reference/figures/`)).length).toBeGreaterThan(
      50,
    );
    clean(watch);
    await context.close();
  }, 180_000);

  it('lays out, checks, charts, shares, exports and prints a plan', async () => {
    const { context, page, watch } = await watched();
    await page.goto(`${site.server.url}/planner/`);
    await waitReady(page);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: '组织图', exact: true }).click();
    await page.locator('.pl-chart svg, [data-chart] svg').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '分享链接' }).click();
    await page.waitForSelector('[data-share-qr] svg');
    await page.getByRole('button', { name: '工作日历' }).click();
    expect(await download(page, () => page.getByRole('button', { name: /下载日历文件/ }).click())).toMatch(
      /\.ics$/,
    );
    expect(await download(page, () => page.getByRole('button', { name: '导出 JSON' }).click())).toMatch(
      /\.json$/,
    );
    await page.getByRole('button', { name: '会议材料' }).click();
    expect(await download(page, () => page.getByRole('button', { name: '下载方案说明' }).click())).toMatch(
      /\.docx$/,
    );
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('button', { name: '打印' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(500);
    clean(watch);
    await context.close();
  }, 180_000);

  it('shows a plan of hostile names as text on the page, in the chart and in print', async () => {
    const { context, page, watch } = await watched();
    const read = readPlan(readFileSync(join(ROOT, 'content/data/plans/xihu-dadangwei.json'), 'utf8'));
    if (!read.ok) throw new Error(read.errors.join());
    const plan = structuredClone(read.plan);
    plan.title = HOSTILE_TITLE;
    plan.root.name = '</script><script>window.__hit=1</script>';
    plan.root.members[1]!.home.name = '=HYPERLINK("http://example.com")\u202Eexe.';
    const link = await encodeShare(planFileText(plan));
    if (!link.ok) throw new Error(link.error);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`${site.server.url}/planner/#${link.hash}`);
    await waitReady(page);
    await page.waitForSelector('.pl-verdicts');
    expect(await page.locator('.pl-plan-title').innerText()).toBe(HOSTILE_TITLE);
    await page.getByRole('button', { name: '组织图', exact: true }).click();
    const chart = page.locator('.pl-chart svg, [data-chart] svg').first();
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.textContent()).toContain('</script><script>');
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('button', { name: '打印' }).click();
    await page.locator('.pl-print[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('.pl-print').textContent()).toContain(HOSTILE_TITLE);
    expect(await page.locator('.planner img, .planner script').count()).toBe(0);
    expect(await page.evaluate(() => 'hit' in window || '__hit' in window)).toBe(false);
    expect(dialogs).toBe(0);
    clean(watch);
    await context.close();
  }, 120_000);

  it('builds a lecture, downloads it and presents it', async () => {
    const { context, page, watch } = await watched();
    const lecture = encodeLecture({
      title: '专题',
      items: [{ page: 'cases/nanchang-xihu' }, { page: 'cases/changsha' }],
    });
    await page.goto(`${site.server.url}/lecture/?${lecture}`);
    await page.waitForSelector('[data-lecture-builder][data-ready]');
    expect(await download(page, () => page.getByRole('button', { name: '下载 Word 讲义' }).click())).toMatch(
      /\.docx$/,
    );
    await page.goto(`${site.server.url}/lecture/present/?${lecture}`);
    await page.waitForSelector('[data-deck]');
    await page.keyboard.press('ArrowRight');
    await page.goto(`${site.server.url}/lecture/handout/?${lecture}`);
    await page.waitForSelector('[data-handout-ready]');
    clean(watch);
    await context.close();
  }, 120_000);

  it('keeps the whole site for offline use through the service worker', async () => {
    const { context, page, watch } = await watched();
    await page.goto(`${site.server.url}/about/offline/`);
    const button = page.locator('[data-offline-download]');
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    await button.click();
    await page.waitForFunction(
      () => document.querySelector('[data-offline-state]')?.textContent?.includes('全站已保存在本机'),
      undefined,
      { timeout: 120_000 },
    );
    clean(watch);
    await context.close();
  }, 180_000);
});

describe('under the README’s nginx header as well', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist(DIST, { headers: { 'content-security-policy': HEADER_POLICY } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches (in the worker), draws, plans and keeps the site offline with no violation', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect((await searchAndFollow(page, '大党委')).results).toBeGreaterThan(0);
    expect((await diagramText(page, `${server.url}/cases/nanchang-xihu/`)).length).toBeGreaterThan(10);
    await page.goto(`${server.url}/planner/`);
    await waitReady(page);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.goto(`${server.url}/about/offline/`);
    await page.locator('[data-offline-download]').click();
    await page.waitForFunction(
      () => document.querySelector('[data-offline-state]')?.textContent?.includes('全站已保存在本机'),
      undefined,
      { timeout: 120_000 },
    );
    expect(watch).toEqual({ outside: [], violations: [], errors: [] });
    await context.close();
  }, 240_000);
});
