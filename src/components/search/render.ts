/**
 * Drawing a result: context line (类型 · 城市), title, section, excerpt with
 * the matches in <mark>. Text only goes in through textContent, so nothing
 * from the index is ever parsed as HTML.
 */
import type { ResultView } from '../../lib/search/present.ts';
import { routes } from '../../lib/routes.ts';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** Where a result leads: the section its match is in, else the page (the index holds site paths). */
function resultHref(result: ResultView): string {
  return routes.page(result.section?.url ?? result.url);
}

/** The inside of a result: the same for the dialog's options and the search page's links. */
function resultContent(result: ResultView): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (result.context) fragment.append(span('search-result-context', result.context));
  fragment.append(span('search-result-title', result.title));
  if (result.section) fragment.append(span('search-result-section', result.section.title));
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  for (const piece of result.excerpt) {
    if (piece.hit) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      excerpt.append(mark);
    } else {
      excerpt.append(piece.text);
    }
  }
  fragment.append(excerpt);
  return fragment;
}

/** A result as a link (role and id set by the caller when it is an option). */
export function resultLink(result: ResultView): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'search-result';
  a.href = resultHref(result);
  // The result's own address (a page, or an entry of one), for the tests.
  a.dataset['result'] = result.url;
  a.append(resultContent(result));
  return a;
}
