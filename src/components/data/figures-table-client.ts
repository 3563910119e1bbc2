/**
 * Filtering and sorting of the figures table in the browser. The table is
 * complete without this script; it only hides rows and reorders them.
 */

type SortKey = 'city' | 'label' | 'value' | 'year';

const collator = new Intl.Collator('zh-CN');

function compareRows(a: HTMLTableRowElement, b: HTMLTableRowElement, key: SortKey): number {
  if (key === 'value' || key === 'year') {
    const x = Number.parseFloat(a.dataset[key] ?? '');
    const y = Number.parseFloat(b.dataset[key] ?? '');
    // Missing numbers sort last whichever way the column is sorted.
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
    if (Number.isNaN(y)) return -1;
    return x - y;
  }
  return collator.compare(a.dataset[key] ?? '', b.dataset[key] ?? '');
}

export function setUpFiguresTable(root: Document): void {
  const tools = root.querySelector<HTMLElement>('[data-figures-tools]');
  const table = root.querySelector<HTMLTableElement>('[data-figures-table]');
  const body = table?.tBodies[0];
  if (!tools || !table || !body) return;
  const rows = [...body.rows];
  const count = tools.querySelector<HTMLElement>('[data-figures-count]');
  const city = tools.querySelector<HTMLSelectElement>('[data-filter="city"]');
  const theme = tools.querySelector<HTMLSelectElement>('[data-filter="theme"]');
  const text = tools.querySelector<HTMLInputElement>('[data-filter="text"]');

  const applyFilters = () => {
    const needle = text?.value.trim() ?? '';
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!city?.value || row.dataset['city'] === city.value) &&
        (!theme?.value || (row.dataset['themes'] ?? '').split(' ').includes(theme.value)) &&
        (!needle || (row.textContent ?? '').includes(needle));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (count) count.textContent = `显示 ${shown} / ${rows.length} 条`;
  };
  for (const control of [city, theme, text]) control?.addEventListener('input', applyFilters);

  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const key = th.dataset['sort'] as SortKey;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...rows].sort((a, b) => compareRows(a, b, key) * (ascending ? 1 : -1));
      body.append(...sorted);
    });
  }
  applyFilters();
}
