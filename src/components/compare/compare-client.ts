/**
 * Case picker of the compare page. Shows only the chosen cases' columns
 * (the default three until the reader chooses) and keeps the choice in the
 * URL, so a comparison can be shared and printed.
 */
import { initialSelection, MIN_CASES, MAX_CASES } from '../../lib/content/compare-selection.ts';

export function setUpComparePicker(root: Document): void {
  const picker = root.querySelector<HTMLFieldSetElement>('[data-compare-picker]');
  if (!picker) return;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[name="case"]')];
  const all = boxes.map((b) => b.value);
  const status = picker.querySelector<HTMLElement>('[data-compare-status]');
  const link = picker.querySelector<HTMLAnchorElement>('[data-compare-link]');
  picker.hidden = false;

  const chosen = initialSelection(new URL(location.href).searchParams.get('cases'), all);
  for (const box of boxes) box.checked = chosen.includes(box.value);

  const show = (selected: string[]) => {
    for (const cell of root.querySelectorAll<HTMLElement>('[data-compare-table] [data-case]')) {
      cell.hidden = !selected.includes(cell.dataset['case'] ?? '');
    }
  };
  const apply = (remember: boolean) => {
    const selected = boxes.filter((b) => b.checked).map((b) => b.value);
    show(selected);
    // Past the maximum, the other boxes wait until one is unticked.
    for (const box of boxes) box.disabled = !box.checked && selected.length >= MAX_CASES;
    if (status) {
      status.textContent =
        selected.length < MIN_CASES
          ? `已选 ${selected.length} 个，再选至少 ${MIN_CASES - selected.length} 个。`
          : `正在对照 ${selected.length} 个案例（最多 ${MAX_CASES} 个）。`;
    }
    const url = new URL(location.href);
    if (remember) {
      url.searchParams.set('cases', selected.join(','));
      history.replaceState(null, '', url);
    }
    if (link) link.href = url.href;
  };
  for (const box of boxes) box.addEventListener('change', () => apply(true));
  // A choice in the URL is written back as read (known cases, in page order); no choice leaves the URL alone.
  apply(new URL(location.href).searchParams.has('cases'));
}
