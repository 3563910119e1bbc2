/**
 * The relevance suite in Chromium, through the search dialog: the same
 * queries as tests/search/relevance.test.ts, typed into the real UI, run by
 * the worker with Chromium's own Intl.Segmenter. The dialog lists six
 * results, so ranks beyond six count as misses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { dialogResultPages, recordRenders, searchInDialog } from '../search/browser-helpers.ts';
import { metrics, report, runSuite, TARGETS, type QueryOutcome } from '../search/evaluate.ts';
import { SUITE } from '../search/suite.ts';

describe('relevance suite (Chromium, search dialog)', () => {
  const site = siteInBrowser();
  let page: Page;
  let outcomes: QueryOutcome[];

  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
    await page.keyboard.press('Control+k');
    await recordRenders(page);
    outcomes = await runSuite(SUITE, async (query) => {
      await searchInDialog(page, query);
      return dialogResultPages(page);
    });
    console.log(`\n${report('相关性（Chromium）', outcomes)}\n`);
  }, 300_000);

  it(`ranks a relevant page in the top 3 for at least ${TARGETS.success3} of the queries`, () => {
    expect(metrics(outcomes).success3).toBeGreaterThanOrEqual(TARGETS.success3);
  });

  it(`ranks a relevant page first for at least ${TARGETS.success1} of the queries`, () => {
    expect(metrics(outcomes).success1).toBeGreaterThanOrEqual(TARGETS.success1);
  });
});
