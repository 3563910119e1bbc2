/**
 * axe-core in the page, the one way every browser test runs it: all of axe's
 * default rules (WCAG 2.x A/AA and best practices), over the whole document
 * unless a test names the part it is about. Nothing is excluded: the site
 * header (with the search button) is checked on every page that is checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeRun {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }>;
}

/**
 * The violations on the page as readable lines ("rule (impact): targets"), so a
 * failing `toEqual([])` shows what broke and where. `include` lists CSS
 * selectors to limit the check to; without it the whole page is checked.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated by the test's browser connection, not added as a <script>: the
  // pages' Content Security Policy rightly blocks an inline script it has no hash for.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: AxeRun }).axe;
    const context = selectors ? { include: selectors.map((s) => [s]) } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations.map(
      (v) => `${v.id} (${v.impact ?? '—'}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, include ?? null);
}
