/**
 * Which other cases a case's figures page links to. Listing every case on
 * every case's page made each page grow with the library and the site's
 * work grow with its square (at 1,000 cases, 1,000 links and 70 KB on each
 * of 1,000 pages, indexed for search a thousand times over): a page links
 * the cases beside it in registry order, and the front page lists them all.
 * Pure.
 */

/** How many cases a case's page links to, itself included. */
export const CASE_WINDOW = 7;

/**
 * The `size` items around `index` (as many before as after where there are,
 * the rest on the other side), in their order; all of them when they are
 * no more than `size`; the first `size` when `index` is not among them.
 */
export function windowAround<T>(items: readonly T[], index: number, size = CASE_WINDOW): T[] {
  if (items.length <= size) return [...items];
  if (index < 0) return items.slice(0, size);
  const start = Math.min(Math.max(0, index - Math.floor(size / 2)), items.length - size);
  return items.slice(start, start + size);
}
