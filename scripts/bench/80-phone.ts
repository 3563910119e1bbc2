/**
 * Phone figures (issue: fast and still on a phone), per page type: a
 * 390×844 Chromium page with the CPU slowed 4×, loaded five times; the median
 * of layout shift (CLS), element count, largest contentful paint (LCP) and
 * total blocking time (TBT). Over budget: CLS > 0.01 or > 1,500 elements.
 *
 * The exact element counts of the built HTML are also held by a build test
 * (tests/build/page-weight.test.ts); this adds what only a browser sees:
 * elements scripts add, shifts, paint and blocking time. Times on a shared
 * machine are noisy; the budgets are on the figures that are not.
 */
import type { Browser, Page } from 'playwright-core';
import { routes } from '../../src/lib/routes.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import type { BenchContext } from './context.ts';

export const PHONE_BUDGETS = { cls: 0.01, elements: 1500 } as const;
const RUNS = 5;
const CPU_SLOWDOWN = 4;
/** How long to keep watching after `load` for late shifts and long tasks. */
const SETTLE_MS = 2500;

/** One page of each type the issue names. */
export const PHONE_PAGES: Array<{ type: string; url: string }> = [
  { type: '首页', url: routes.home() },
  { type: '案例', url: routes.case('changsha') },
  { type: '专题', url: routes.topic('regional') },
  { type: '对照', url: routes.compare() },
  { type: '术语', url: routes.glossary() },
  // The heaviest letter of the glossary, and the case with the most figures.
  { type: '术语字母', url: routes.glossaryLetter('S') },
  { type: '数据', url: routes.figuresOfCase('changsha') },
  { type: '时间线', url: routes.timeline() },
  { type: '规则包', url: routes.rulePacks() },
  { type: '自测', url: routes.quiz('changsha') },
  { type: '搜索', url: routes.search('?q=大党委') },
  { type: '规划器', url: routes.planner() },
  { type: '组合讲座', url: routes.lecture() },
];

export interface PhoneSample {
  cls: number;
  elements: number;
  lcp: number;
  tbt: number;
}

type Recorded = { cls: number; lcp: number; fcp: number; long: number[][]; lastInput: number };

/**
 * Runs before any page script: records shifts, the largest paint and long tasks.
 *
 * A shift counts unless a real press or key came less than half a second before it
 * (the window in which Chromium flags a shift as caused by input, `hadRecentInput`).
 * Chromium's flag alone is not enough: it also counts the viewport change made
 * as a navigation starts as input (crbug.com/1302667), so every shift of a
 * page's first half second came flagged. Dropping those hid the quiz page's
 * 0.11 from this bench and the phone test while Lighthouse, which counts
 * them, saw it.
 */
function observe(): void {
  const w = window as unknown as { __phone: Recorded };
  w.__phone = { cls: 0, lcp: 0, fcp: 0, long: [], lastInput: -Infinity };
  // Inside the function: the page gets its source text, not this module's constants.
  const INPUT_WINDOW_MS = 500;
  for (const type of ['pointerdown', 'mousedown', 'touchstart', 'keydown']) {
    addEventListener(type, (e) => e.isTrusted && (w.__phone.lastInput = e.timeStamp), {
      capture: true,
      passive: true,
    });
  }
  const on = (type: string, fn: (e: PerformanceEntry) => void) =>
    new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
  on('layout-shift', (e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    const afterInput = shift.hadRecentInput && shift.startTime - w.__phone.lastInput <= INPUT_WINDOW_MS;
    if (!afterInput) w.__phone.cls += shift.value;
  });
  on('largest-contentful-paint', (e) => (w.__phone.lcp = e.startTime));
  on('paint', (e) => {
    if (e.name === 'first-contentful-paint') w.__phone.fcp = e.startTime;
  });
  on('longtask', (e) => w.__phone.long.push([e.startTime, e.duration]));
}

export interface Screen {
  width: number;
  height: number;
  phone: boolean;
  /** Device pixels per CSS pixel; 3 on a phone unless given. */
  scale?: number;
}

/** The phone: 390×844 at 3 device pixels per CSS pixel, touch. */
export const PHONE_SCREEN: Screen = { width: 390, height: 844, phone: true };
/** The phone Lighthouse's mobile run emulates (a Moto G Power): lines wrap differently at 412 px. */
export const LIGHTHOUSE_SCREEN: Screen = { width: 412, height: 823, phone: true, scale: 1.75 };

/** A phone-sized page (390×844, touch) of the browser, with the CPU slowed `cpuSlowdown` times. */
export async function openPhone(
  browser: Browser,
  cpuSlowdown = 1,
): Promise<{ page: Page; close(): Promise<void> }> {
  return openMeasured(browser, PHONE_SCREEN, cpuSlowdown);
}

/** A page of the given size that records shifts, paints and long tasks from its first script on (read by loadAndMeasure). */
export async function openMeasured(
  browser: Browser,
  screen: Screen,
  cpuSlowdown = 1,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    ...(screen.phone ? { deviceScaleFactor: screen.scale ?? 3, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.addInitScript(observe);
  return { page, close: () => context.close() };
}

/** Loads `url` in a page from openPhone and reads the figures once it has settled. */
export async function loadAndMeasure(page: Page, url: string, settleMs = SETTLE_MS): Promise<PhoneSample> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  return readMeasured(page);
}

/** The figures a page from openMeasured has recorded since it started loading. */
export async function readMeasured(page: Page): Promise<PhoneSample> {
  return page.evaluate(() => {
    const p = (window as unknown as { __phone: Recorded }).__phone;
    const tbt = p.long
      .filter(([start]) => (start ?? 0) >= p.fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, (duration ?? 0) - 50), 0);
    return { cls: p.cls, elements: document.getElementsByTagName('*').length, lcp: p.lcp, tbt };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function measurePhone(
  dist: string,
): Promise<Array<{ type: string; url: string } & PhoneSample>> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const rows = [];
    for (const { type, url } of PHONE_PAGES) {
      const samples: PhoneSample[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const phone = await openPhone(browser, CPU_SLOWDOWN);
        samples.push(await loadAndMeasure(phone.page, `${server.url}${url}`));
        await phone.close();
      }
      rows.push({
        type,
        url,
        cls: median(samples.map((s) => s.cls)),
        elements: median(samples.map((s) => s.elements)),
        lcp: median(samples.map((s) => s.lcp)),
        tbt: median(samples.map((s) => s.tbt)),
      });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const rows = await measurePhone(dist);
  console.log(`\n手机（390×844，CPU 降速 ${CPU_SLOWDOWN}×，${RUNS} 次取中位数）`);
  console.log('页面类型    CLS      元素数    LCP        TBT      地址');
  for (const r of rows) {
    console.log(
      `${r.type.padEnd(6, '　')}  ${r.cls.toFixed(3).padStart(6)}  ${String(r.elements).padStart(7)}  ${String(Math.round(r.lcp)).padStart(6)} ms  ${String(Math.round(r.tbt)).padStart(5)} ms  ${r.url}`,
    );
  }
  console.log(`预算：CLS ≤ ${PHONE_BUDGETS.cls}，元素 ≤ ${PHONE_BUDGETS.elements}。`);
  const overBudget: string[] = [];
  for (const r of rows) {
    if (r.cls > PHONE_BUDGETS.cls) overBudget.push(`${r.url} 手机上 CLS ${r.cls.toFixed(3)}`);
    if (r.elements > PHONE_BUDGETS.elements) overBudget.push(`${r.url} 有 ${r.elements} 个元素`);
  }
  return { overBudget };
}
