/**
 * The search dialog's markup, made when the page's <site-search> element
 * starts rather than sent in every page's HTML: some 400 bytes gzip a page
 * (its labels, placeholder and key hints), where this module is fetched once
 * and cached. Without JavaScript the dialog could not open anyway: the
 * button that opens it stays disabled. Styles: Search.astro.
 */
import { routes } from '../../lib/routes.ts';

const MARKUP = `<dialog aria-label="搜索"><div class="dialog-frame">
<form role="search" method="get" class="search-form">
<label for="site-search-input" class="sr-only">搜索案例、专题、术语与数据</label>
<input id="site-search-input" class="search-query" name="q" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="site-search-results" aria-describedby="site-search-status" autocomplete="off" spellcheck="false" enterkeyhint="search" placeholder="搜索案例、专题、术语、数字，如“大党委”“863”">
<button type="button" data-close-modal>取消</button>
</form>
<p id="site-search-status" class="search-status" data-search-status role="status"></p>
<div id="site-search-results" class="search-results" role="listbox" aria-label="搜索结果" hidden></div>
<p class="search-more"><a data-search-more hidden>在搜索页查看全部结果，按城市、主题、类型筛选</a></p>
<p class="search-keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> 选择　<kbd>Enter</kbd> 打开　<kbd>Esc</kbd> 关闭</p>
</div></dialog>`;

/** A new search dialog, its form and "more" link pointing at the search page (under the site's base). */
export function searchDialog(): HTMLDialogElement {
  const template = document.createElement('template');
  template.innerHTML = MARKUP;
  const dialog = template.content.firstElementChild as HTMLDialogElement;
  dialog.querySelector('form')!.action = routes.search();
  dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!.href = routes.search();
  return dialog;
}
