/**
 * Search figures in Chromium, against budgets:
 *   - bytes transferred for the first search on a cold page (everything the
 *     dialog loads after it opens: its script, the worker, pagefind.js, the
 *     wasm, the index chunks, the fragments of the results shown), for a few
 *     typical queries, and for a second search after one of them;
 *   - median time from a query leaving the dialog to its results being on
 *     screen, once the index has loaded (the dialog waits DEBOUNCE_MS after
 *     the last keystroke before it sends a query; that pause is not counted).
 * Transferred bytes are counted as a host that compresses text serves them:
 * gzip size for scripts and JSON, file size for Pagefind's binary files,
 * which are compressed already.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { kb, type BenchContext } from './context.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist, type StaticServer } from '../lib/serve.ts';
import { DEBOUNCE_MS } from '../../src/components/search/dialog.ts';

export const BUDGETS = { firstSearchBytes: 150 * 1024, medianMs: 100 } as const;

/** First searches measured, each on a cold page. */
const FIRST_QUERIES = ['大党委', '网格党支部', '双报到', '863', '长沙 小区党支部'];
/** Searches timed once the index is loaded. */
const TIMED_QUERIES = [
  '兼职委员',
  '一肩挑',
  '红色物业',
  '吹哨报到',
  '两新组织',
  '四项再造',
  '1+4+N',
  '智慧党建',
  '社区减负',
  '党员管理',
  '居民说事',
  '动力主轴',
  '第一书记',
  '西湖区 兼职委员 任期',
  '7办5中心',
];

const COMPRESSIBLE = new Set(['.js', '.mjs', '.json', '.css', '.html', '.svg', '.txt']);

function transferBytes(dist: string, path: string): number {
  const file = join(dist, decodeURIComponent(path.split('?')[0] ?? path));
  try {
    if (!statSync(file).isFile()) return 0;
  } catch {
    return 0;
  }
  return COMPRESSIBLE.has(extname(file)) ? gzipSync(readFileSync(file)).length : statSync(file).size;
}

interface Rendered {
  query: string;
  startedAt: number;
  renderedAt: number;
}

/** Load a page and wait until its search button works. */
async function load(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
}

async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('#site-search-input').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __renders: unknown[] };
    w.__renders = [];
    document.querySelector('site-search')?.addEventListener('search-rendered', (e) => {
      w.__renders.push((e as CustomEvent).detail);
    });
  });
}

async function search(page: Page, query: string): Promise<Rendered> {
  const before = await page.evaluate(() => (window as unknown as { __renders: unknown[] }).__renders.length);
  await page.locator('#site-search-input').fill(query);
  const handle = await page.waitForFunction(
    ([n, q]) =>
      (window as unknown as { __renders: Rendered[] }).__renders
        .slice(n as number)
        .find((r) => r.query === q) ?? null,
    [before, query.trim()] as const,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as Rendered;
}

/** Bytes requested while `action` runs (waiting a moment for late fragment loads). */
async function bytesDuring(
  server: StaticServer,
  dist: string,
  action: () => Promise<unknown>,
): Promise<number> {
  const start = server.requests.length;
  await action();
  await new Promise((r) => setTimeout(r, 300));
  return server.requests.slice(start).reduce((sum, path) => sum + transferBytes(dist, path), 0);
}

export async function measureSearch(dist: string): Promise<{
  first: Array<{ query: string; bytes: number }>;
  second: number;
  medianMs: number;
  p90Ms: number;
}> {
  const server = await serveDist(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const first: Array<{ query: string; bytes: number }> = [];
    let second = 0;
    for (const [i, query] of FIRST_QUERIES.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await load(page, `${server.url}/cases/changsha/`);
      const bytes = await bytesDuring(server, dist, async () => {
        await openDialog(page);
        await search(page, query);
      });
      first.push({ query, bytes });
      if (i === 0) second = await bytesDuring(server, dist, () => search(page, '兼职委员'));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await load(page, `${server.url}/`);
    await openDialog(page);
    await search(page, '党建');
    const times: number[] = [];
    for (const query of TIMED_QUERIES) {
      // Twice each: the first may still load a chunk; both count, as for a reader.
      for (const q of [query, `${query} `]) {
        const r = await search(page, q);
        times.push(r.renderedAt - r.startedAt);
        await page.locator('#site-search-input').fill('');
        await page.waitForTimeout(DEBOUNCE_MS + 20);
      }
    }
    await context.close();
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return { first, second, medianMs: at(0.5), p90Ms: at(0.9) };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Bench section: search bytes and speed against the budgets. */
export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const m = await measureSearch(dist);
  console.log('\n搜索（Chromium；字节按压缩传输计）');
  console.table(
    Object.fromEntries([
      ...m.first.map(({ query, bytes }) => [
        `首次搜索“${query}”`,
        { 数值: kb(bytes), 预算: kb(BUDGETS.firstSearchBytes) },
      ]),
      ['第二次搜索“兼职委员”', { 数值: kb(m.second), 预算: '—' }],
      ['查询到结果显示（中位数）', { 数值: `${m.medianMs.toFixed(0)} ms`, 预算: `${BUDGETS.medianMs} ms` }],
      ['查询到结果显示（90%）', { 数值: `${m.p90Ms.toFixed(0)} ms`, 预算: '—' }],
    ]),
  );
  const overBudget = m.first
    .filter(({ bytes }) => bytes > BUDGETS.firstSearchBytes)
    .map(({ query, bytes }) => `首次搜索“${query}”传输 ${kb(bytes)}，预算 ${kb(BUDGETS.firstSearchBytes)}`);
  if (m.medianMs > BUDGETS.medianMs) {
    overBudget.push(`搜索到结果显示中位数 ${m.medianMs.toFixed(0)} ms，预算 ${BUDGETS.medianMs} ms`);
  }
  return { overBudget };
}
