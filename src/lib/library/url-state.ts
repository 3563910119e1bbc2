/**
 * The 案例库's selection in the URL's query string, so a filtered list can be
 * shared and the back button walks through the choices:
 * `?province=湖南,广东&theme=网格化治理&q=长沙&sort=city&page=2`.
 * Defaults are left out (the plain page URL is the unfiltered list); values
 * no facet offers are dropped on reading, so an old link never breaks the page.
 * Pure: works on URLSearchParams, no DOM.
 */
import {
  DEFAULT_STATE,
  FACET_KEYS,
  SORT_KEYS,
  type FacetKey,
  type LibraryState,
  type SortKey,
} from './facets.ts';

const LIST_SEPARATOR = ',';

/** The selection a query string asks for, keeping only values the facets offer. */
export function readState(
  params: URLSearchParams,
  offered: Readonly<Record<FacetKey, readonly string[]>>,
): LibraryState {
  const filters: Partial<Record<FacetKey, string[]>> = {};
  for (const facet of FACET_KEYS) {
    const chosen = (params.get(facet) ?? '')
      .split(LIST_SEPARATOR)
      .filter((value) => offered[facet].includes(value));
    if (chosen.length > 0) filters[facet] = [...new Set(chosen)];
  }
  const sort = params.get('sort') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    filters,
    query: (params.get('q') ?? '').trim(),
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : DEFAULT_STATE.sort,
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The query string for a selection ("" for the unfiltered first page), in a fixed key order. */
export function writeState(state: LibraryState): string {
  const params = new URLSearchParams();
  for (const facet of FACET_KEYS) {
    const chosen = state.filters[facet];
    if (chosen && chosen.length > 0) params.set(facet, chosen.join(LIST_SEPARATOR));
  }
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
