/**
 * The 案例库's script: reads the selection from the URL, redraws the list,
 * the counts and the pager with the facet functions the server used, and
 * writes each change back to the URL as a history entry (the back button
 * undoes it; popstate redraws). Status changes are announced through the
 * page's live region.
 */
import { decodeLibrary, type CompactLibrary } from '../../lib/library/compact.ts';
import { caseLine } from '../../lib/library/case-line.ts';
import {
  DEFAULT_STATE,
  FACET_KEYS,
  viewOf,
  type FacetKey,
  type LibraryCase,
  type LibraryState,
  type SortKey,
} from '../../lib/library/facets.ts';
import { readState, writeState } from '../../lib/library/url-state.ts';
import { routes } from '../../lib/routes.ts';

interface Parts {
  form: HTMLFormElement;
  list: HTMLUListElement;
  status: HTMLElement;
  pager: HTMLElement;
  pageLabel: HTMLElement;
}

function partsOf(root: Document): Parts | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-library-form]');
  const list = root.querySelector<HTMLUListElement>('[data-library-list]');
  const status = root.querySelector<HTMLElement>('[data-library-status]');
  const pager = root.querySelector<HTMLElement>('[data-library-pager]');
  const pageLabel = pager?.querySelector<HTMLElement>('[data-page-label]');
  if (!form || !list || !status || !pager || !pageLabel) return undefined;
  return { form, list, status, pager, pageLabel };
}

/** The form's controls set to a selection. */
function showState(form: HTMLFormElement, state: LibraryState): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
}

/** The selection the form's controls show, on page `page`. */
function stateOfForm(form: HTMLFormElement, page: number): LibraryState {
  const data = new FormData(form);
  const filters: Partial<Record<FacetKey, string[]>> = {};
  for (const facet of FACET_KEYS) {
    const values = data.getAll(facet).map(String);
    if (values.length > 0) filters[facet] = values;
  }
  return { filters, query: String(data.get('q') ?? ''), sort: String(data.get('sort')) as SortKey, page };
}

function render(parts: Parts, cases: readonly LibraryCase[], state: LibraryState): void {
  const view = viewOf(cases, state);
  parts.list.replaceChildren(
    ...view.items.map((c) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = routes.case(c.slug);
      link.textContent = c.title;
      const line = document.createElement('span');
      line.textContent = caseLine(c);
      item.append(link, line);
      return item;
    }),
  );
  for (const fieldset of parts.form.querySelectorAll<HTMLElement>('[data-facet]')) {
    const counts = view.counts[fieldset.dataset['facet'] as FacetKey];
    for (const label of fieldset.querySelectorAll('label')) {
      const value = label.querySelector('input')?.value ?? '';
      const count = label.querySelector<HTMLElement>('[data-count]');
      if (count) count.textContent = String(counts.get(value) ?? 0);
    }
  }
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  const chosenLabel = parts.form.querySelector<HTMLElement>('[data-library-chosen]');
  if (chosenLabel) chosenLabel.textContent = chosen > 0 ? `（已选 ${chosen} 项）` : '';
  const pages = view.pages > 1 ? `，第 ${view.page} 页，共 ${view.pages} 页` : '';
  parts.status.textContent =
    view.total === 0 ? '没有符合条件的案例，请减少筛选条件。' : `共 ${view.total} 个案例${pages}`;
  parts.pager.hidden = view.pages <= 1;
  parts.pageLabel.textContent = `第 ${view.page} / ${view.pages} 页`;
  const [previous, next] = parts.pager.querySelectorAll<HTMLButtonElement>('[data-page-step]');
  if (previous) previous.disabled = view.page <= 1;
  if (next) next.disabled = view.page >= view.pages;
  parts.pager.dataset['page'] = String(view.page);
}

export function setUpCaseLibrary(root: Document): void {
  const parts = partsOf(root);
  const dataScript = root.querySelector('[data-library-data]');
  if (!parts || !dataScript) return;
  const { library, offered } = JSON.parse(dataScript.textContent ?? '{}') as {
    library: CompactLibrary;
    offered: Record<FacetKey, string[]>;
  };
  const cases = decodeLibrary(library);
  const fromUrl = () => readState(new URL(location.href).searchParams, offered);

  /** Show a selection; a new history entry unless `replace` (typing: one entry per search, not per key). */
  const go = (state: LibraryState, replace = false) => {
    const url = new URL(location.href);
    url.search = writeState(state);
    if (url.href !== location.href) history[replace ? 'replaceState' : 'pushState'](null, '', url);
    render(parts, cases, state);
  };
  const restore = () => {
    const state = fromUrl();
    showState(parts.form, state);
    render(parts, cases, state);
  };

  parts.form.addEventListener('change', () => go(stateOfForm(parts.form, 1)));
  parts.form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) go(stateOfForm(parts.form, 1), true);
  });
  parts.form.addEventListener('submit', (event) => event.preventDefault());
  parts.form.addEventListener('reset', (event) => {
    event.preventDefault();
    showState(parts.form, DEFAULT_STATE);
    go(stateOfForm(parts.form, 1));
  });
  parts.pager.addEventListener('click', (event) => {
    const step = Number(
      (event.target as HTMLElement).closest<HTMLElement>('[data-page-step]')?.dataset['pageStep'],
    );
    if (!step) return;
    go(stateOfForm(parts.form, Number(parts.pager.dataset['page'] ?? '1') + step));
    parts.status.scrollIntoView({ block: 'nearest' });
  });
  window.addEventListener('popstate', restore);
  restore();
}
