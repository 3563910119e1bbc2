/**
 * Behaviour of the search dialog, loaded the first time it opens: results as
 * you type (after a short pause, and never in the middle of an IME
 * composition), arrow keys to move through them, Enter to open one. The
 * input is an ARIA combobox driving a listbox whose options are the result
 * links, so the focus stays in the input while the selection moves.
 * With nothing selected, Enter submits the form to the search page.
 */
import { runQuery, warmUp } from './client.ts';
import { resultLink } from './render.ts';
import type { QueryResponse } from '../../lib/search/service.ts';
import { routes } from '../../lib/routes.ts';
import { searchFailureText } from '../../lib/search/protocol.ts';

/** Pause after the last keystroke before searching, in ms. */
export const DEBOUNCE_MS = 80;
/**
 * Results shown in the dialog; the search page has the rest (the dialog links
 * to it). Each needs its page's stored text (5–15 KB) for the excerpt. Five
 * kept a first search within its 150 KB budget at seven cases, but not at a
 * thousand (about 168 KB: the list of pages every first search loads grows
 * with the library); three keep it within at both (bench:scale).
 */
export const DIALOG_LIMIT = 3;

/** The results as the listbox's options, none selected; the list hides when empty. */
function drawOptions(list: HTMLElement, results: QueryResponse['results']): void {
  list.replaceChildren(
    ...results.map((result, i) => {
      const option = resultLink(result);
      option.id = `site-search-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
      return option;
    }),
  );
  list.hidden = results.length === 0;
}

/** The status line under the input: how many pages were found, or a hint when none were. */
function statusText(query: string, response: QueryResponse | null): string {
  if (query === '') return '';
  if (!response || response.total === 0)
    return `没有找到与“${query}”相关的页面。换个说法试试，比如用简称或全称。`;
  const shown = response.results.length;
  return `找到 ${response.total} 个页面${response.total > shown ? `，显示前 ${shown} 个` : ''}`;
}

/**
 * The combobox's keys: arrows move the selection through the listbox's
 * options (wrapping round), Enter opens the selected one. Returns what
 * clears the selection when the options are redrawn.
 */
function selectWithKeys(input: HTMLInputElement, list: HTMLElement): () => void {
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const setActive = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const current = options()[active];
      if (current) {
        event.preventDefault();
        current.click();
      }
    }
  });
  return () => {
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
}

/**
 * Runs `run` once typing pauses for DEBOUNCE_MS, never in the middle of an
 * IME composition. Returns what cancels a run still waiting.
 */
function whenTypingPauses(input: HTMLInputElement, run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', () => {
    if (!composing) schedule();
  });
  return () => clearTimeout(timer);
}

export function attachDialog(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const more = root.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const form = root.querySelector<HTMLFormElement>('form')!;
  let latest = 0;
  let startedAt = 0;

  warmUp();
  const clearSelection = selectWithKeys(input, list);

  const show = (response: QueryResponse | null) => {
    clearSelection();
    const results = response?.results ?? [];
    drawOptions(list, results);
    input.setAttribute('aria-expanded', String(results.length > 0));
    const query = response?.query ?? '';
    more.href = routes.search(query ? `q=${encodeURIComponent(query)}` : undefined);
    more.hidden = query === '';
    status.textContent = statusText(query, response);
    // For the tests and the benchmark: when the query left and when its results were on screen.
    root.dispatchEvent(
      new CustomEvent('search-rendered', {
        detail: { query, count: results.length, startedAt, renderedAt: performance.now() },
      }),
    );
  };

  const search = () => {
    const query = input.value.trim();
    if (query === '') {
      latest += 1;
      show(null);
      return;
    }
    status.textContent = '正在搜索…';
    startedAt = performance.now();
    const { id, done } = runQuery({ query, filters: {}, offset: 0, limit: DIALOG_LIMIT, facets: false });
    latest = id;
    done
      .then((response) => {
        if (id === latest) show(response);
      })
      .catch((error: Error) => {
        if (id !== latest) return;
        status.textContent = import.meta.env.DEV
          ? '开发模式下没有搜索索引：请先 npm run build，再用 npm run preview 试用搜索。'
          : searchFailureText(error.message, navigator.onLine);
      });
  };

  const cancelPending = whenTypingPauses(input, search);
  form.addEventListener('submit', cancelPending);
  if (input.value.trim() !== '') search();
}
