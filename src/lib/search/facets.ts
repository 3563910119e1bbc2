/**
 * Facets over a result set: which pages carry which value of 城市, 主题,
 * 类型, 层级, how many results each value would leave, and which results a
 * selection keeps. Values of one facet combine with OR (长沙 or 广州), facets
 * combine with AND (长沙 and 案例), and the count shown next to a value is
 * what ticking it would give with the other facets' selections applied, the
 * usual faceted-search reading.
 *
 * Membership comes from Pagefind's filter index (one filter-only search per
 * value, see service.ts), so counting needs no page data.
 */

/** facet → value → page ids. */
export type Membership = Map<string, Map<string, Set<string>>>;

/** facet → values ticked. */
export type Selection = Record<string, readonly string[]>;

/** facet → value → count, in the facet's display order. */
export type FacetCounts = Array<{ facet: string; values: Array<{ value: string; count: number }> }>;

/** Whether a page passes the selection of every facet except `skip`. */
function passes(id: string, membership: Membership, selection: Selection, skip?: string): boolean {
  for (const [facet, values] of Object.entries(selection)) {
    if (facet === skip || values.length === 0) continue;
    const byValue = membership.get(facet);
    if (!values.some((v) => byValue?.get(v)?.has(id))) return false;
  }
  return true;
}

/** The ids (in their order) that the selection keeps. */
export function applySelection(
  ids: readonly string[],
  membership: Membership,
  selection: Selection,
): string[] {
  return ids.filter((id) => passes(id, membership, selection));
}

/**
 * Counts for every facet value over `ids`. Values with no page at all are
 * left out; values that the current selection empties stay, with 0, so a
 * ticked value never disappears from under the reader.
 */
export function countFacets(
  ids: readonly string[],
  membership: Membership,
  selection: Selection,
  order: readonly string[],
): FacetCounts {
  const facets = [...membership.keys()].sort((a, b) => rank(order, a) - rank(order, b));
  return facets.map((facet) => {
    const byValue = membership.get(facet) ?? new Map<string, Set<string>>();
    const pool = ids.filter((id) => passes(id, membership, selection, facet));
    const values = [...byValue.entries()]
      .map(([value, pages]) => ({ value, count: pool.filter((id) => pages.has(id)).length }))
      .filter(({ value, count }) => count > 0 || (selection[facet] ?? []).includes(value))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN'));
    return { facet, values };
  });
}

function rank(order: readonly string[], facet: string): number {
  const i = order.indexOf(facet);
  return i < 0 ? order.length : i;
}
