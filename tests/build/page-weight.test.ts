/**
 * Light pages on a phone (issue: fast and still on a phone): no page of the
 * built site has more than 1,500 elements. The pages still over it are
 * listed with the count they must not exceed, so that none gets heavier
 * while they wait to be split; a page that drops under 1,500 must leave the
 * list. The browser figures (elements scripts add, layout shift, paint) are
 * in `npm run bench` (scripts/bench/80-phone.ts) and tests/e2e/phone.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { PHONE_BUDGETS } from '../../scripts/bench/80-phone.ts';

/**
 * Pages not yet within the budget, and the most elements each may have (today's count, rounded up
 * to 50). None today: the largest case page (长沙, 71 figures and 58 terms in its text) has some
 * 1,470 elements since case pages point to their figures table (/reference/figures/<case>/)
 * instead of drawing it, which cost about 5 elements a figure.
 */
const OVER_BUDGET: Record<string, number> = {};

function elementCount(tree: Root): number {
  let count = 0;
  visit(tree, 'element', () => {
    count += 1;
  });
  return count;
}

describe('page weight', () => {
  const counts = Object.fromEntries(allPageUrls().map((url) => [url, elementCount(readPage(url).tree)]));

  it(`keeps every page within ${PHONE_BUDGETS.elements} elements, except the listed ones within their limit`, () => {
    const over = Object.entries(counts).filter(
      ([url, count]) => count > (OVER_BUDGET[url] ?? PHONE_BUDGETS.elements),
    );
    expect(over).toEqual([]);
  });

  it('lists as over budget only pages that still are', () => {
    const back = Object.keys(OVER_BUDGET).filter((url) => (counts[url] ?? 0) <= PHONE_BUDGETS.elements);
    expect(back).toEqual([]);
  });
});
