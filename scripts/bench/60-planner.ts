/**
 * The planner's budgets, measured in Chromium on the built site:
 *  - JavaScript and planner data (gzip) the /planner/ page loads before any
 *    interaction on a first visit (start screen), and on a return visit
 *    before its first screen is drawn (the saved plan with the verdicts kept
 *    with it: what the page fetched before the 'planner:workspace-drawn'
 *    mark; what loads after it, the engine and the rest, is shown beside)
 *    — ≤ 40 KB; Mermaid must not be among it (it is loaded
 *    when the chart is shown, and that load is reported too). The planner's
 *    own share (what its island reaches) is shown beside the page's other
 *    scripts. tests/build/planner-budget.test.ts checks the same sum exactly.
 *  - First template open (click → verdicts on screen) ≤ 150 ms; first chart
 *    (click → chart drawn, Mermaid's download left out) ≤ 600 ms.
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
import { createRoutes } from '../../src/lib/routes.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { chooseFile, editMember, openPlanner, showTemplates, timedEdit } from '../lib/planner-ui.ts';
import { kb, type BenchContext } from './context.ts';

/** Where the planner's data files live (its index, packs and templates). */
const PLANNER_FOLDER = createRoutes('/').planner();
const JS_BUDGET = 40 * 1024;
const TEMPLATE_BUDGET = 150;
const CHART_BUDGET = 600;
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

/** What the page's scripts cost: everything loaded, and the planner island's share; with the planner data it fetched. */
interface Load {
  /** Scripts and data together: what the budget counts. */
  total: number;
  /** Scripts only. */
  js: number;
  planner: number;
  /** Planner data (the index, packs, templates: JSON) fetched. */
  data: number;
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
  const json = new Set<string>();
  const listener = (r: { url(): string }) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/_astro/') && path.endsWith('.js')) files.add(path.slice('/_astro/'.length));
    if (path.startsWith(PLANNER_FOLDER) && path.endsWith('.json')) json.add(path);
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
  const js = rows.reduce((n, r) => n + r.gzip, 0) + inlineGzip;
  const data = [...json].reduce((n, path) => n + gzipSync(readFileSync(join(dist, path))).length, 0);
  return {
    total: js + data,
    js,
    data,
    planner: rows.filter((r) => island.has(r.file)).reduce((n, r) => n + r.gzip, 0),
    files: [...rows, { file: '（页面内联脚本）', gzip: inlineGzip }],
    mermaid: rows.some((r) => mermaidChunks.has(r.file)),
  };
}

/**
 * A return visit split at the planner's 'planner:workspace-drawn' mark: the
 * scripts and planner data the page asked for before its first screen was
 * drawn, and those after (the engine, the edits, the packs, the listing).
 */
async function splitAtFirstScreen(page: Page, dist: string, island: Set<string>) {
  const { entries, drawnAt, inline } = await page.evaluate(() => ({
    entries: performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
    drawnAt: performance.getEntriesByName('planner:workspace-drawn', 'mark')[0]?.startTime ?? NaN,
    inline: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  }));
  const inlineGzip = gzipSync(inline).length;
  const load = (before: boolean): Load => {
    const picked = entries.filter((e) => e.start < drawnAt === before);
    const rows = picked
      .filter((e) => e.path.startsWith('/_astro/') && e.path.endsWith('.js'))
      .map((e) => e.path.slice('/_astro/'.length))
      .map((file) => ({ file, gzip: gz(dist, file) }));
    const data = picked
      .filter((e) => e.path.startsWith(PLANNER_FOLDER) && e.path.endsWith('.json'))
      .reduce((n, e) => n + gzipSync(readFileSync(join(dist, e.path))).length, 0);
    const js = rows.reduce((n, r) => n + r.gzip, 0) + (before ? inlineGzip : 0);
    return {
      total: js + data,
      js,
      data,
      planner: rows.filter((r) => island.has(r.file)).reduce((n, r) => n + r.gzip, 0),
      files: before ? [...rows, { file: '（页面内联脚本）', gzip: inlineGzip }] : rows,
      mermaid: rows.some((r) => /^mermaid\.core\./.test(r.file)),
    };
  };
  return { drawn: Number.isFinite(drawnAt), before: load(true), after: load(false) };
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

/** Milliseconds from clicking the template's button to its verdicts on screen, timed in the page. */
async function timeTemplateOpen(page: Page, title: string): Promise<number> {
  await showTemplates(page);
  const button = page.locator('.pl-template', { hasText: title }).getByRole('button', { name: /用这个模板/ });
  const handle = await button.elementHandle();
  return page.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.pl-verdicts')) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        (el as HTMLElement).click();
      }),
    handle,
  );
}

/** Milliseconds from clicking 组织图 to the drawn chart, less Mermaid's own download, timed in the page. */
async function timeFirstChart(page: Page): Promise<{ chartMs: number; mermaidMs: number }> {
  const button = await page.getByRole('button', { name: '组织图' }).elementHandle();
  await page.evaluate((el) => {
    performance.mark('bench:chart');
    (el as HTMLElement).click();
  }, button);
  await page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });
  return page.evaluate(() => {
    const drawn = performance.measure('bench:chart-drawn', 'bench:chart', 'planner:chart-drawn').duration;
    const mermaidMs = performance.getEntriesByName('planner:mermaid', 'measure')[0]?.duration ?? 0;
    return { chartMs: drawn - mermaidMs, mermaidMs };
  });
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
  const templateMs = await timeTemplateOpen(page, '西湖区 社区“大党委”');
  // Let the autosave land before reloading.
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForSelector('.pl-workspace[data-check="live"] .pl-verdicts');
  await page.waitForLoadState('networkidle');
  const split = await splitAtFirstScreen(page, dist, island);
  const back = split.before;
  let chartTimes = { chartMs: NaN, mermaidMs: NaN };
  const chart = await watchJs(page, dist, island, mermaidChunks, async () => {
    chartTimes = await timeFirstChart(page);
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

  return {
    first,
    back,
    backLater: split.after,
    backDrawn: split.drawn,
    chart,
    committee,
    street,
    importMs,
    streetBytes: text.length,
    templateMs,
    ...chartTimes,
  };
}

const loadRow = (load: Load, budget: string) => ({
  合计: kb(load.total),
  JS: kb(load.js),
  其中规划器: kb(load.planner),
  规划器数据: kb(load.data),
  预算: budget,
});

function printLoads(m: Awaited<ReturnType<typeof measurePlanner>>, dist: string): void {
  console.log('\n规划器页面首屏的 JS 和规划器数据（gzip，Chromium 实测，不做任何操作；数据计入预算）');
  console.table({
    '首次访问（模板页）': loadRow(m.first, `≤ ${kb(JS_BUDGET)}`),
    '再次访问首屏（已存方案和保存时的核对结果）': loadRow(m.back, `≤ ${kb(JS_BUDGET)}`),
    '再次访问首屏之后（规则引擎、编辑、规则包等）': loadRow(m.backLater, '首屏之后加载'),
    '点开组织图后加载（含 Mermaid）': loadRow(m.chart, '按需加载'),
  });
  const island = reachable(dist, pageEntries(dist));
  const others = m.back.files.filter((f) => !island.has(f.file));
  console.log(`其他页面脚本（再次访问）：${others.map((f) => `${f.file} ${kb(f.gzip)}`).join('、')}`);
  console.log(`再次访问首屏之后加载：${m.backLater.files.map((f) => `${f.file} ${kb(f.gzip)}`).join('、')}`);
  console.log(
    `\n首次打开模板（点“用这个模板”→ 核对结果显示）：${m.templateMs.toFixed(0)} ms，预算 ≤ ${TEMPLATE_BUDGET} ms`,
  );
  console.log(
    `首次显示组织图（点“组织图”→ 图已画好，不计 Mermaid 下载 ${m.mermaidMs.toFixed(0)} ms）：${m.chartMs.toFixed(0)} ms，预算 ≤ ${CHART_BUDGET} ms`,
  );
}

function printEdits(m: Awaited<ReturnType<typeof measurePlanner>>): void {
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
}

function overBudgets(m: Awaited<ReturnType<typeof measurePlanner>>): string[] {
  const over: string[] = [];
  for (const [label, load] of [
    ['首次访问', m.first],
    ['再次访问', m.back],
  ] as const) {
    if (load.total > JS_BUDGET)
      over.push(`规划器页面${label} JS 和数据 ${kb(load.total)}，预算 ${kb(JS_BUDGET)}`);
    if (load.mermaid) over.push(`规划器页面${label}未显示组织图就加载了 Mermaid`);
  }
  if (!m.chart.mermaid) over.push('点开组织图后没有看到 Mermaid 的请求：测量有误');
  if (!m.backDrawn) over.push('再次访问没有记下首屏画好的时刻（planner:workspace-drawn）：测量有误');
  if (m.templateMs > TEMPLATE_BUDGET)
    over.push(`首次打开模板 ${m.templateMs.toFixed(0)} ms，预算 ${TEMPLATE_BUDGET} ms`);
  if (m.chartMs > CHART_BUDGET)
    over.push(`首次显示组织图 ${m.chartMs.toFixed(0)} ms，预算 ${CHART_BUDGET} ms`);
  if (median(m.committee) > COMMITTEE_BUDGET)
    over.push(
      `一个班子的核对结果更新中位数 ${median(m.committee).toFixed(1)} ms，预算 ${COMMITTEE_BUDGET} ms`,
    );
  if (median(m.street) > STREET_BUDGET)
    over.push(`整个街道的核对结果更新中位数 ${median(m.street).toFixed(1)} ms，预算 ${STREET_BUDGET} ms`);
  return over;
}

export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const m = await measurePlanner(browser, server.url, dist);
    printLoads(m, dist);
    printEdits(m);
    return { overBudget: overBudgets(m) };
  } finally {
    await browser.close();
    await server.close();
  }
}
