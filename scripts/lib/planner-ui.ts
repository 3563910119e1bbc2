/**
 * Driving the planner in Chromium, for the planner's browser tests and its
 * bench section: open the page on a fresh profile, start from a template,
 * find members and verdicts, read the timings the planner records.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createRoutes } from '../../src/lib/routes.ts';

/** Site paths: `base` is the served site's origin and prefix. */
const sitePaths = createRoutes('/');

/** A fresh browser context (empty storage) and a page on the planner, ready. */
export async function openPlanner(
  browser: Pick<Browser, 'newContext'>,
  base: string,
  options: { width?: number; height?: number; hash?: string; context?: BrowserContext } = {},
): Promise<Page> {
  const context =
    options.context ??
    (await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 } }));
  const page = await context.newPage();
  await page.goto(`${base}${sitePaths.planner(options.hash)}`);
  await waitReady(page);
  return page;
}

/** Wait until the planner data is loaded and the first view is drawn. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('.planner[data-state="ready"]');
  await page.waitForSelector('.pl-start, .pl-workspace');
}

/** Open the start screen's list of templates (one of its four ways in). */
export async function showTemplates(page: Page): Promise<void> {
  const way = page.getByRole('button', { name: /^从案例模板开始/ });
  if ((await way.getAttribute('aria-expanded')) !== 'true') await way.click();
}

/** Start a plan from the template whose title contains `title`. */
export async function useTemplate(page: Page, title: string): Promise<void> {
  await showTemplates(page);
  await page
    .locator('.pl-template', { hasText: title })
    .getByRole('button', { name: /用这个模板/ })
    .click();
  await page.waitForSelector('.pl-verdicts');
}

/** The verdict summary as numbers: { 不符合: 0, 提示: 1, … }. */
export async function summary(page: Page): Promise<Record<string, number>> {
  const items = await page.locator('.pl-verdicts .pl-summary li').allInnerTexts();
  return Object.fromEntries(
    items.map((t) => {
      const [label, n] = t.trim().split(/\s+/);
      return [label ?? '', Number(n)];
    }),
  );
}

/** Titles of the open verdicts (不符合, 提示, 待填写) as shown. */
export async function openVerdicts(page: Page): Promise<string[]> {
  return page
    .locator(
      '.pl-verdicts .pl-verdict:not(.pl-verdict-pass):not(.pl-verdict-not-applicable):not(.pl-verdict-waived) .pl-verdict-head strong',
    )
    .allInnerTexts();
}

/** The member list items of the unit whose header contains `unit` (default: the first unit). */
export function members(page: Page) {
  return page.locator('.pl-member');
}

/** Durations (ms) of 'planner:verdicts' measures: edit → verdicts on screen. */
async function verdictTimings(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('planner:verdicts', 'measure').map((e) => e.duration),
  );
}

/** Run `action`, then wait until one more verdict timing has been recorded; returns it. */
export async function timedEdit(page: Page, action: () => Promise<void>): Promise<number> {
  const before = (await verdictTimings(page)).length;
  await action();
  await page.waitForFunction(
    (n) => performance.getEntriesByName('planner:verdicts', 'measure').length > n,
    before,
  );
  return (await verdictTimings(page))[before]!;
}

/** Open a member's edit form (by its position among all members shown). */
export async function editMember(page: Page, position: number) {
  const item = members(page).nth(position);
  const toggle = item.getByRole('button', { name: /^编辑/ });
  if ((await toggle.count()) > 0) await toggle.click();
  await item.locator('.pl-form').waitFor();
  return item;
}

/** Choose a file for a file input from text. */
export async function chooseFile(
  page: Page,
  label: string | RegExp,
  name: string,
  text: string | Buffer,
  mimeType = 'application/json',
) {
  await page
    .getByLabel(label)
    .first()
    .setInputFiles({ name, mimeType, buffer: typeof text === 'string' ? Buffer.from(text) : text });
}

/** The localStorage entries of saved plans. */
export async function storedPlans(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      if (key.startsWith('dangjian-anliku:planner:plan:')) out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The accessible name of a button whose visible verb is followed by a
 * screen-reader-only object ("删除" + "：委员 王十二"): the hidden part is
 * positioned, hence a block, so a space may come between the two.
 */
export function action(verb: string, object: string): RegExp {
  return new RegExp(`^${escape(verb)}\\s*${escape(object)}$`);
}

/** The verdict item titled exactly `title` (in the main verdict panel). */
export function verdict(page: Page, title: string) {
  return page
    .locator('.pl-verdicts .pl-verdict')
    .filter({ has: page.locator('.pl-verdict-head strong', { hasText: new RegExp(`^${escape(title)}$`) }) });
}

/**
 * Opens the planner's print view and keeps it up: the browser's print dialog
 * is replaced by a flag, and this returns once the view is drawn and has asked
 * to print, with the page in print media.
 */
export async function openPrintView(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await page.getByRole('button', { name: '打印' }).click();
  await page.waitForSelector('.pl-print[data-ready="true"]', { state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
  await page.emulateMedia({ media: 'print' });
}
