/**
 * Case picker of the compare page. Shows only the chosen cases' columns and
 * keeps the choice in the URL, so a comparison can be shared and printed.
 */
import { parseCaseSelection, MIN_CASES, MAX_CASES } from '../../lib/content/compare-selection.ts';

export function setUpComparePicker(root: Document): void {
  const picker = root.querySelector<HTMLFieldSetElement>('[data-compare-picker]');
  if (!picker) return;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[name="case"]')];
  const all = boxes.map((b) => b.value);
  const status = picker.querySelector<HTMLElement>('[data-compare-status]');
  const link = picker.querySelector<HTMLAnchorElement>('[data-compare-link]');
  picker.hidden = false;

  const chosen = parseCaseSelection(new URL(location.href).searchParams.get('cases'), all);
  for (const box of boxes) box.checked = chosen.includes(box.value);

  const apply = () => {
    const selected = boxes.filter((b) => b.checked).map((b) => b.value);
    const showAll = selected.length === 0;
    for (const cell of root.querySelectorAll<HTMLElement>('[data-compare-table] [data-case]')) {
      cell.hidden = !showAll && !selected.includes(cell.dataset['case'] ?? '');
    }
    // Past the maximum, the other boxes wait until one is unticked.
    for (const box of boxes) box.disabled = !box.checked && selected.length >= MAX_CASES;
    if (status) {
      status.textContent = showAll
        ? `显示全部 ${all.length} 个案例；勾选 ${MIN_CASES}—${MAX_CASES} 个进行对照。`
        : selected.length < MIN_CASES
          ? `已选 ${selected.length} 个，再选至少 ${MIN_CASES - selected.length} 个。`
          : `正在对照 ${selected.length} 个案例。`;
    }
    const url = new URL(location.href);
    if (showAll) url.searchParams.delete('cases');
    else url.searchParams.set('cases', selected.join(','));
    history.replaceState(null, '', url);
    if (link) link.href = url.href;
  };
  for (const box of boxes) box.addEventListener('change', apply);
  apply();
}
