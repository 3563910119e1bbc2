/**
 * Behaviour of the search page: read the query and filters from the address,
 * search (or browse when there is no query), draw facet checkboxes with
 * counts and the results, and write every change back to the address.
 */
import { runQuery } from './client.ts';
import { resultLink } from './render.ts';
import { readState, writeState, FACET_PARAMS, type SearchState } from '../../lib/search/url-state.ts';
import type { FacetCounts } from '../../lib/search/facets.ts';
import type { QueryResponse } from '../../lib/search/service.ts';
import { searchFailureText } from '../../lib/search/protocol.ts';

/** Results per batch ("显示更多结果" adds another). */
const PAGE_SIZE = 10;

/** From this width the filters start open; below it (phones) they start folded, so results show first. */
const FILTERS_OPEN_FROM = '(min-width: 50rem)';

const PARAM_OF = Object.fromEntries(Object.entries(FACET_PARAMS).map(([param, facet]) => [facet, param]));

/** The status line: what was searched, under which filters, and how many pages it found. */
function describe(response: QueryResponse, state: SearchState): string {
  const filters = Object.entries(state.filters).flatMap(([facet, values]) =>
    values.length > 0 ? [`${facet}：${values.join('或')}`] : [],
  );
  const scope = [response.query ? `“${response.query}”` : '', ...filters].filter(Boolean).join('，');
  if (response.total === 0)
    return scope ? `${scope}：没有找到页面。可以减少筛选条件，或换个说法。` : '没有页面。';
  return `${scope ? `${scope}：` : '全部页面：'}共 ${response.total} 个页面`;
}

/** One facet's checkboxes, each with its count of pages, ticked as the state says. */
function facetFieldset(
  facet: string,
  values: FacetCounts[number]['values'],
  state: SearchState,
): HTMLElement {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = facet;
  const box = document.createElement('div');
  box.className = 'facet-values';
  for (const { value, count } of values) {
    const label = document.createElement('label');
    const check = document.createElement('input');
    check.type = 'checkbox';
    check.name = PARAM_OF[facet] ?? facet;
    check.value = value;
    check.checked = (state.filters[facet] ?? []).includes(value);
    check.dataset['facet'] = facet;
    const countEl = document.createElement('span');
    countEl.className = 'facet-count';
    countEl.textContent = `(${count})`;
    countEl.setAttribute('aria-label', `${count} 个页面`);
    label.append(check, value, countEl);
    box.append(label);
  }
  fieldset.append(legend, box);
  return fieldset;
}

/** Redraws the facet checkboxes, keeping the keyboard on the checkbox it was on. */
function drawFacets(facetsBox: HTMLElement, facets: FacetCounts, state: SearchState): void {
  const focused = document.activeElement;
  const refocus =
    focused instanceof HTMLInputElement && facetsBox.contains(focused)
      ? `input[data-facet="${CSS.escape(focused.dataset['facet'] ?? '')}"][value="${CSS.escape(focused.value)}"]`
      : undefined;
  facetsBox.replaceChildren(
    ...facets
      .filter(({ values }) => values.length > 0)
      .map(({ facet, values }) => facetFieldset(facet, values, state)),
  );
  if (refocus) facetsBox.querySelector<HTMLInputElement>(refocus)?.focus();
}

/** The state after a facet checkbox was ticked or cleared (and the query box read again). */
function withFacetToggled(state: SearchState, check: HTMLInputElement, query: string): SearchState {
  const facet = check.dataset['facet']!;
  const current = new Set(state.filters[facet] ?? []);
  if (check.checked) current.add(check.value);
  else current.delete(check.value);
  return { query, filters: { ...state.filters, [facet]: [...current] } };
}

export function attachSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const filterSummary = root.querySelector<HTMLElement>('[data-filter-summary]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  let state: SearchState = readState(location.search);
  let shown = 0;
  let latest = 0;

  const drawFilterSummary = () => {
    const chosen = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
    filterSummary.textContent = chosen > 0 ? `（已选 ${chosen} 项）` : '';
  };

  const drawResults = (response: QueryResponse, append: boolean) => {
    if (!append) list.replaceChildren();
    for (const result of response.results) {
      const item = document.createElement('li');
      item.append(resultLink(result));
      list.append(item);
    }
    shown += response.results.length;
    more.hidden = shown >= response.total;
    status.textContent = describe(response, state);
    root.dispatchEvent(
      new CustomEvent('search-rendered', { detail: { query: response.query, count: shown } }),
    );
  };

  const load = (append: boolean) => {
    if (!append) shown = 0;
    drawFilterSummary();
    status.textContent = '正在搜索…';
    const { id, done } = runQuery({ ...state, offset: shown, limit: PAGE_SIZE, facets: !append });
    latest = id;
    done
      .then((response) => {
        if (id !== latest || !response) return;
        if (!append && response.facets) drawFacets(facetsBox, response.facets, state);
        drawResults(response, append);
      })
      .catch((error: Error) => {
        if (id === latest) status.textContent = searchFailureText(error.message, navigator.onLine);
      });
  };

  const commit = (next: SearchState, push: boolean) => {
    state = next;
    const url = `${location.pathname}${writeState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    load(false);
  };

  input.value = state.query;
  filters.open = matchMedia(FILTERS_OPEN_FROM).matches;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit({ ...state, query: input.value.trim() }, true);
  });
  facetsBox.addEventListener('change', (event) => {
    const check = event.target;
    if (!(check instanceof HTMLInputElement) || !check.dataset['facet']) return;
    commit(withFacetToggled(state, check, input.value.trim()), true);
  });
  more.addEventListener('click', () => load(true));
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    input.value = state.query;
    load(false);
  });
  load(false);
}
