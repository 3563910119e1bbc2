/**
 * The planner's budgets, measured in Chromium on the built site:
 *  - JavaScript (gzip) the /planner/ page loads before any interaction — on a
 *    first visit (start screen) and on a return visit (a saved plan opens) —
 *    ≤ 40 KB; Mermaid must not be among it (it is loaded when the chart is
 *    shown, and that load is reported too). The planner's own share (what
 *    its island reaches) is shown beside the page's other scripts.
 *  - Verdict update after an edit, ≤ 16 ms for a committee (西湖区 社区“大党委”)
 *    and ≤ 100 ms for a 3,000-unit street (src/lib/plan-format/generate.ts). Timed by
 *    the planner itself: from the edit ('planner:edit' mark) to the verdict
 *    panel's DOM showing the new check ('planner:verdicts' measure).
 * Budgets are compared with the median of repeated edits (p95 beside it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { BUDGET_STREET, generateStreet, unitCount } from '../../src/lib/plan-format/generate.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { chooseFile, editMember, openPlanner, timedEdit, useTemplate } from '../lib/planner-ui.ts';
import { kb, type BenchContext } from './context.ts';

const JS_BUDGET = 40 * 1024;
const COMMITTEE_BUDGET = 16;
const STREET_BUDGET = 100;

/** Chunks (file names in dist/_astro) reachable from `start`, by static and dynamic imports. */
function reachable(dist: string, start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let code = '';
    try {
      code = readFileSync(join(dist, '_astro', file), 'utf8');
    } catch {
      continue;
    }
    for (const m of code.matchAll(/["'`](?:\.\/|\/_astro\/|_astro\/)([^"'`/]+\.js)["'`]/g)) queue.push(m[1]!);
  }
  return seen;
}

/** What the page's scripts cost: everything loaded, and the planner island's share. */
interface Load {
  total: number;
  planner: number;
  files: Array<{ file: string; gzip: number }>;
  mermaid: boolean;
}

const gz = (dist: string, file: string) => gzipSync(readFileSync(join(dist, '_astro', file))).length;

/** Watch the JS a page fetches (from now on), until `done` resolves. */
async function watchJs(
  page: Page,
  dist: string,
  island: Set<string>,
  mermaidChunks: Set<string>,
  done: () => Promise<void>,
): Promise<Load> {
  const files = new Set<string>();
  const listener = (r: { url(): string }) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/_astro/') && path.endsWith('.js')) files.add(path.slice('/_astro/'.length));
  };
  page.on('response', listener);
  await done();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const rows = [...files].map((file) => ({ file, gzip: gz(dist, file) }));
  // Inline scripts (Starlight's theme and sidebar helpers, Astro's island loader) count too.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  const inlineGzip = gzipSync(inline).length;
  return {
    total: rows.reduce((n, r) => n + r.gzip, 0) + inlineGzip,
    planner: rows.filter((r) => island.has(r.file)).reduce((n, r) => n + r.gzip, 0),
    files: [...rows, { file: '（页面内联脚本）', gzip: inlineGzip }],
    mermaid: rows.some((r) => mermaidChunks.has(r.file)),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

/** Alternate a member's role between two values, `times` times, timing each verdict update. */
async function roleEdits(
  page: Page,
  position: number,
  roles: [string, string],
  times: number,
): Promise<number[]> {
  const item = await editMember(page, position);
  const select = item.getByLabel('职务', { exact: true });
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const role = roles[i % 2]!;
    out.push(await timedEdit(page, () => select.selectOption(role).then(() => undefined)));
  }
  return out;
}

/** The planner island's entry chunks (its component and Preact's renderer). */
function pageEntries(dist: string): string[] {
  const html = readFileSync(join(dist, 'planner/index.html'), 'utf8');
  return [...html.matchAll(/(?:component-url|renderer-url)="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

export async function measurePlanner(browser: Browser, base: string, dist: string) {
  const entry = pageEntries(dist);
  const all = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
  // Mermaid's own entry chunk: when it is not fetched, no Mermaid code ran.
  const mermaidChunks = new Set(all.filter((f) => /^mermaid\.core\./.test(f)));
  const island = reachable(dist, entry);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const first = await watchJs(page, dist, island, mermaidChunks, async () => {
    await page.goto(`${base}/planner/`);
    await page.waitForSelector('.pl-start');
  });
  await useTemplate(page, '西湖区 社区“大党委”');
  // Let the autosave land before reloading.
  await page.waitForTimeout(500);
  const back = await watchJs(page, dist, island, mermaidChunks, async () => {
    await page.reload();
    await page.waitForSelector('.pl-verdicts');
  });
  const chart = await watchJs(page, dist, island, mermaidChunks, async () => {
    await page.getByRole('button', { name: '组织图' }).click();
    await page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });
  });
  const committee = await roleEdits(page, 4, ['委员', '副书记'], 40);
  await context.close();

  // The street: imported as a file, like a secretary would.
  const streetPage = await openPlanner(browser, base);
  const text = JSON.stringify(generateStreet());
  const importStart = Date.now();
  await chooseFile(streetPage, /选择 JSON 方案文件/, 'street.json', text);
  await streetPage.waitForSelector('.pl-verdicts', { timeout: 60_000 });
  const importMs = Date.now() - importStart;
  // Open the first community and edit a member of its committee.
  await streetPage.locator('.pl-unit .pl-child-list .pl-toggle').first().click();
  const communityFirstMember = await streetPage
    .locator('.pl-member')
    .evaluateAll((items) => items.findIndex((li) => li.id.startsWith('pm-c1-')));
  const street = await roleEdits(streetPage, communityFirstMember + 4, ['委员', '副书记'], 20);
  await streetPage.context().close();

  return { first, back, chart, committee, street, importMs, streetBytes: text.length };
}

export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const overBudget: string[] = [];
  try {
    const m = await measurePlanner(browser, server.url, dist);
    console.log('\n规划器页面 JS（gzip，Chromium 实测，不做任何操作）');
    console.table({
      '首次访问（模板页）': {
        合计: kb(m.first.total),
        其中规划器: kb(m.first.planner),
        其他页面脚本: kb(m.first.total - m.first.planner),
        预算: `≤ ${kb(JS_BUDGET)}`,
      },
      '再次访问（打开已存方案）': {
        合计: kb(m.back.total),
        其中规划器: kb(m.back.planner),
        其他页面脚本: kb(m.back.total - m.back.planner),
        预算: `≤ ${kb(JS_BUDGET)}`,
      },
      '点开组织图后加载（含 Mermaid）': {
        合计: kb(m.chart.total),
        其中规划器: kb(m.chart.planner),
        其他页面脚本: '—',
        预算: '按需加载',
      },
    });
    const island = reachable(dist, pageEntries(dist));
    const others = m.back.files.filter((f) => !island.has(f.file));
    console.log(`其他页面脚本（再次访问）：${others.map((f) => `${f.file} ${kb(f.gzip)}`).join('、')}`);
    console.log(
      `方案数据 /planner/data.json：${kb(gzipSync(readFileSync(join(dist, 'planner/data.json'))).length)}（gzip，另行请求的 JSON）`,
    );
    console.log(
      `\n核对结果更新（编辑 → 核对结果显示，毫秒；整个街道 ${unitCount(BUDGET_STREET)} 个单位，方案文件 ${kb(m.streetBytes)}，导入用时 ${m.importMs} ms）`,
    );
    console.table({
      '一个班子（社区“大党委”，11人）': {
        中位数: median(m.committee).toFixed(1),
        p95: p95(m.committee).toFixed(1),
        次数: m.committee.length,
        预算: `≤ ${COMMITTEE_BUDGET}`,
      },
      '整个街道（3,331个单位）': {
        中位数: median(m.street).toFixed(1),
        p95: p95(m.street).toFixed(1),
        次数: m.street.length,
        预算: `≤ ${STREET_BUDGET}`,
      },
    });
    for (const [label, load] of [
      ['首次访问', m.first],
      ['再次访问', m.back],
    ] as const) {
      if (load.total > JS_BUDGET)
        overBudget.push(`规划器页面${label} JS ${kb(load.total)}，预算 ${kb(JS_BUDGET)}`);
      if (load.mermaid) overBudget.push(`规划器页面${label}未显示组织图就加载了 Mermaid`);
    }
    if (!m.chart.mermaid) overBudget.push('点开组织图后没有看到 Mermaid 的请求：测量有误');
    if (median(m.committee) > COMMITTEE_BUDGET)
      overBudget.push(
        `一个班子的核对结果更新中位数 ${median(m.committee).toFixed(1)} ms，预算 ${COMMITTEE_BUDGET} ms`,
      );
    if (median(m.street) > STREET_BUDGET)
      overBudget.push(
        `整个街道的核对结果更新中位数 ${median(m.street).toFixed(1)} ms，预算 ${STREET_BUDGET} ms`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
  return { overBudget };
}
