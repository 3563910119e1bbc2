/**
 * The four things a reader must be able to do wherever the site runs — under
 * a sub-path, offline after "离线使用", from file:// — as one helper each, so
 * that every deployment test checks the same things the same way.
 */
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/lib/csv.ts';
import { readFileSync } from 'node:fs';

/** Search from the header dialog; follows the first result. Returns its address and the heading it lands on. */
export async function searchAndFollow(
  page: Page,
  query: string,
): Promise<{ results: number; landed: string; heading: string }> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#site-search-input').fill(query);
  const first = page.locator('#site-search-results a[role="option"]').first();
  await first.waitFor({ timeout: 30_000 });
  const results = await page.locator('#site-search-results a[role="option"]').count();
  await Promise.all([page.waitForEvent('load'), first.click()]);
  return { results, landed: page.url(), heading: (await page.locator('h1').first().textContent()) ?? '' };
}

/** The search status line after typing a query (for failures, which show no results). */
export async function searchStatus(page: Page, query: string): Promise<string> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#site-search-input').fill(query);
  await page.waitForFunction(
    () => !['', '正在搜索…'].includes(document.querySelector('[data-search-status]')?.textContent ?? ''),
    undefined,
    { timeout: 30_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** Open the planner at `url`, start from a template; returns the verdict summary's text. */
export async function plannerFromTemplate(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.waitForSelector('.planner[data-state="ready"]', { timeout: 30_000 });
  await page.getByRole('button', { name: /^从案例模板开始/ }).click();
  await page
    .locator('.pl-template', { hasText: '西湖区 社区' })
    .first()
    .getByRole('button', { name: /用这个模板/ })
    .click();
  await page.waitForSelector('.pl-verdicts');
  return (await page.locator('.pl-verdicts .pl-summary').textContent()) ?? '';
}

/**
 * Come back to the planner at `url`: the plan opened last is drawn with the
 * verdicts kept with it, then the engine's own take over (loaded from the
 * server, or offline from the worker); returns the verdict summary's text then.
 */
export async function plannerReturn(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.waitForSelector('.pl-workspace[data-check="live"] .pl-verdicts', { timeout: 30_000 });
  return (await page.locator('.pl-verdicts .pl-summary').textContent()) ?? '';
}

/** Open a page with diagrams, scroll to the first: the text of its drawn SVG. */
export async function diagramText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const canvas = page.locator('[data-diagram-key]').first();
  await canvas.scrollIntoViewIfNeeded();
  await canvas.locator('svg').waitFor({ timeout: 30_000 });
  return (await canvas.locator('svg').textContent()) ?? '';
}

/** On the figures page, download the CSV: its rows. */
export async function downloadFiguresCsv(page: Page, url: string): Promise<string[][]> {
  await page.goto(url);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /CSV/ }).first().click(),
  ]);
  const path = await download.path();
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

/** On `url`, click the button named `button` and take the download: its name and bytes. */
export async function downloadFrom(
  page: Page,
  url: string,
  button: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  await page.goto(url);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

/**
 * On the compare page, add 广州 (the list of cases and its column are not in the page: both are fetched) and, on the timeline,
 * choose 湖南: the new column's head link and its first cell, and the timeline's status line.
 */
export async function fetchedColumnAndTimeline(
  page: Page,
  compareUrl: string,
  timelineUrl: string,
): Promise<{ head: string; href: string; cell: string; timeline: string }> {
  await page.goto(compareUrl);
  await page.getByLabel('省份', { exact: true }).selectOption('广东');
  // The province's cases come from the list of all cases, fetched now (selectOption waits for the option).
  await page.getByLabel('案例', { exact: true }).selectOption('guangzhou');
  await page.getByRole('button', { name: '加入对照' }).click();
  const head = page.locator('[data-compare-table="fields"] thead th[data-case="guangzhou"] a');
  await head.waitFor({ timeout: 30_000 });
  const cell = page.locator('[data-compare-table="outline"] td[data-case="guangzhou"]').first();
  const result = {
    head: (await head.textContent()) ?? '',
    href: await head.evaluate((a) => (a as HTMLAnchorElement).href),
    cell: (await cell.textContent()) ?? '',
  };
  await page.goto(timelineUrl);
  await page.getByLabel('省份').selectOption('湖南');
  await page.waitForFunction(() => document.querySelectorAll('[data-timeline] li[data-city]').length > 0);
  return { ...result, timeline: (await page.locator('[data-timeline-count]').textContent()) ?? '' };
}
