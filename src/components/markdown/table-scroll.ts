/**
 * Tables wider than the column (src/lib/markdown/rehype-tables.ts): while a
 * table scrolls sideways its frame shows the 左右滑动 hint (markdown.css, on
 * `data-scrolls`) and is a labelled region the keyboard can reach and
 * scroll; when it fits, it is a plain table again. Re-checked whenever the
 * frame's width changes (turning a phone).
 */
import { TABLE_FRAME_CLASS } from '../../lib/markdown/markup.ts';

const headsOf = (table: HTMLTableElement | null) =>
  [...(table?.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '').filter(Boolean);

function update(scroller: HTMLElement): void {
  const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
  scroller.toggleAttribute('data-scrolls', scrolls);
  if (scrolls) {
    const heads = headsOf(scroller.querySelector('table'));
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', `表格${heads.length ? `：${heads.join('、')}` : ''}（可左右滚动）`);
  } else {
    for (const name of ['tabindex', 'role', 'aria-label']) scroller.removeAttribute(name);
  }
}

const observer = new ResizeObserver((entries) => {
  for (const entry of entries) update(entry.target as HTMLElement);
});
for (const scroller of document.querySelectorAll<HTMLElement>(`.${TABLE_FRAME_CLASS}`))
  observer.observe(scroller);

export {};
