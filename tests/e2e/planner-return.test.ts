/**
 * A return visit in Chromium: the saved plan is drawn with the verdicts kept
 * with it before the rule engine loads, and when the engine's own verdicts
 * take over nothing on screen changes — held here by keeping the engine's
 * chunk back, reading the page, then letting it through. An edit made in
 * that moment is applied once the engine is in; verdicts kept under other
 * rules are not shown. (Offline, the service worker serves the same chunks:
 * tests/deploy.)
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { members, openPlanner, summary, useTemplate, waitReady } from '../../scripts/lib/planner-ui.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** Hold back the engine's chunk (live.*.js) until `release` is called. */
async function holdEngine(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/_astro\/live\.[\w-]+\.js$/, async (route: Route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

/** What the workspace shows: the plan's tree and the verdicts, as drawn. */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    tree: document.querySelector('.pl-tree')?.outerHTML ?? '',
    verdicts: document.querySelector('.pl-verdicts')?.outerHTML ?? '',
    bar: document.querySelector('.pl-verdict-bar')?.outerHTML ?? '',
  }));

/** A 社区“大党委” with a 12th member (two 原则上 rules warn) and a 13th not yet filled in (待填写). */
async function savedPlanWithOpenVerdicts(page: Page) {
  await useTemplate(page, '西湖区 社区“大党委”');
  await page.getByRole('button', { name: /^添加成员/ }).click();
  await page.locator('.pl-member').last().locator('.pl-form').waitFor();
  await page.locator('.pl-member').last().getByLabel('单位类型').selectOption('居民');
  await page.getByRole('button', { name: /^添加成员/ }).click();
  await expect.poll(() => members(page).count()).toBe(13);
  await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-warn').length === 2);
  await page.waitForTimeout(600); // the autosave
}

describe('planner: a return visit shows the kept verdicts, then the engine’s, the same', () => {
  const site = siteInBrowser();
  // The service worker would answer the engine's request itself, out of the test's reach.
  const open = async () =>
    openPlanner(site, site.server.url, {
      context: await site.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' }),
    });

  it('draws the plan and its verdicts before the engine loads; the engine’s verdicts change nothing', async () => {
    const page = await open();
    await savedPlanWithOpenVerdicts(page);
    const before = await summary(page);
    expect(before['提示']).toBe(2);
    expect(before['待填写']).toBeGreaterThan(0);

    const engine = await holdEngine(page);
    await page.reload();
    await waitReady(page);
    await page.waitForSelector('.pl-workspace[data-check="kept"] .pl-verdicts');
    const kept = await drawn(page);
    expect(await summary(page)).toEqual(before);
    expect(await page.locator('.pl-verdict-warn').count()).toBe(2);
    // The workspace asks for the engine only once drawn; the engine is still held back.
    await expect.poll(() => engine.asked()).toBe(true);
    expect(await page.locator('.pl-workspace').getAttribute('data-check')).toBe('kept');
    expect(await axeViolations(page)).toEqual([]);

    engine.release();
    await page.waitForSelector('.pl-workspace[data-check="live"]');
    expect(await drawn(page)).toEqual(kept);
    expect(await summary(page)).toEqual(before);
  });

  it('an edit made before the engine is in is applied once it is', async () => {
    const page = await open();
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.waitForTimeout(600);
    const engine = await holdEngine(page);
    await page.reload();
    await page.waitForSelector('.pl-workspace[data-check="kept"]');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    expect(await members(page).count()).toBe(11);
    engine.release();
    await page.waitForSelector('.pl-workspace[data-check="live"]');
    await expect.poll(() => members(page).count()).toBe(12);
  });

  it('verdicts kept under other rules are not shown: the plan opens checked by the engine', async () => {
    const page = await open();
    await savedPlanWithOpenVerdicts(page);
    const before = await summary(page);
    // As if the rules changed since the plan was saved: its kept verdicts say 0 提示.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (!key.includes('planner:plan:')) continue;
        const entry = JSON.parse(localStorage.getItem(key)!) as {
          verdicts: { key: string; view: { summary: Record<string, number> } };
        };
        entry.verdicts.key = 'older';
        entry.verdicts.view.summary.warn = 0;
        localStorage.setItem(key, JSON.stringify(entry));
      }
    });
    const engine = await holdEngine(page);
    await page.reload();
    await page.waitForSelector('.planner[data-state="loading"]');
    await expect.poll(() => engine.asked()).toBe(true);
    expect(await page.locator('.pl-workspace').count()).toBe(0);
    engine.release();
    await page.waitForSelector('.pl-workspace[data-check="live"]');
    expect(await summary(page)).toEqual(before);
  });
});
