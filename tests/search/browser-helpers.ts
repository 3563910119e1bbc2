/**
 * Browser-side helpers for the search tests in tests/e2e: driving the search
 * dialog one query at a time.
 */
import type { Page } from 'playwright-core';

export interface Rendered {
  query: string;
  count: number;
  startedAt: number;
  renderedAt: number;
}

/** Record every `search-rendered` event of the dialog (the dialog dispatches one per answer drawn). */
export async function recordRenders(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __renders: unknown[] };
    w.__renders = [];
    document.querySelector('site-search')?.addEventListener('search-rendered', (event) => {
      w.__renders.push((event as CustomEvent).detail);
    });
  });
}

/** Type a query into the open dialog and wait until its results are drawn. */
export async function searchInDialog(page: Page, query: string): Promise<Rendered> {
  const before = await page.evaluate(() => (window as unknown as { __renders: unknown[] }).__renders.length);
  await page.locator('#site-search-input').fill(query);
  const handle = await page.waitForFunction(
    ([n, q]) => {
      const renders = (window as unknown as { __renders: Rendered[] }).__renders;
      return renders.slice(n as number).find((r) => r.query === q) ?? null;
    },
    [before, query.trim()] as const,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as Rendered;
}

/** The results the dialog lists, in order: each a page URL, or page#id for an entry indexed on its own. */
export async function dialogResultPages(page: Page): Promise<string[]> {
  return page
    .locator('#site-search-results [role="option"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['result'] ?? ''));
}
