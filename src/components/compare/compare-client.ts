/**
 * Case picker of the compare page. Shows the chosen cases' columns (the
 * default three, which the page carries, until the reader chooses) and keeps
 * the choice in the URL, so a comparison can be shared and printed. The
 * reader adds a case from a select grouped by province (one control however
 * many cases there are) and removes one with the button on its chip. A
 * case's column that the page does not carry is fetched from its JSON file
 * (compare-columns.ts) when the case is added, and kept for the visit.
 */
import { CompareColumns } from './compare-columns-dom.ts';
import {
  MAX_CASES,
  addToSelection,
  initialSelection,
  removeFromSelection,
  selectionFullStatus,
  selectionStatus,
} from '../../lib/content/compare-selection.ts';

interface Picker {
  chosenList: HTMLElement;
  select: HTMLSelectElement;
  add: HTMLButtonElement;
  status: HTMLElement | null;
  link: HTMLAnchorElement | null;
}

function pickerParts(picker: HTMLElement): Picker | undefined {
  const chosenList = picker.querySelector<HTMLElement>('[data-compare-chosen]');
  const select = picker.querySelector<HTMLSelectElement>('[data-compare-select]');
  const add = picker.querySelector<HTMLButtonElement>('[data-compare-add]');
  if (!chosenList || !select || !add) return undefined;
  const status = picker.querySelector<HTMLElement>('[data-compare-status]');
  const link = picker.querySelector<HTMLAnchorElement>('[data-compare-link]');
  return { chosenList, select, add, status, link };
}

/** One chip: the city and a button that takes it out of the comparison. */
function chip(doc: Document, slug: string, city: string): HTMLLIElement {
  const item = doc.createElement('li');
  item.dataset['case'] = slug;
  const name = doc.createElement('span');
  name.textContent = city;
  const remove = doc.createElement('button');
  remove.type = 'button';
  remove.className = 'compare-remove';
  remove.dataset['compareRemove'] = slug;
  remove.setAttribute('aria-label', `不再对照${city}`);
  const cross = doc.createElement('span');
  cross.setAttribute('aria-hidden', 'true');
  cross.textContent = '×';
  remove.append(cross);
  item.append(name, remove);
  return item;
}

export function setUpComparePicker(root: Document): void {
  const picker = root.querySelector<HTMLFieldSetElement>('[data-compare-picker]');
  const parts = picker && pickerParts(picker);
  if (!parts) return;
  const { chosenList, select, add, status, link } = parts;
  const options = [...select.options];
  const known = options.map((o) => o.value);
  // The city without the “尚未编入…” note, as the column heads write it.
  const cityOf = new Map(options.map((o) => [o.value, o.text.replace(/（.*$/, '')]));
  let selected = initialSelection(new URL(location.href).searchParams.get('cases'), known);
  const columns = new CompareColumns(root);

  const showColumns = async (first: boolean) => {
    const wanted = selected;
    const failed = await columns.show(wanted, first);
    if (wanted !== selected || failed.length === 0) return;
    // A column that could not be fetched (offline before it was kept, say): the others stay, the status says which.
    selected = selected.filter((slug) => !failed.includes(slug));
    render(true);
    if (status) status.textContent = columns.failedStatus(failed.map((slug) => cityOf.get(slug) ?? slug));
  };
  const render = (remember: boolean, initial = false) => {
    chosenList.replaceChildren(...selected.map((slug) => chip(root, slug, cityOf.get(slug) ?? slug)));
    for (const option of options) option.disabled = selected.includes(option.value);
    // Never disabled (a disabled control drops the keyboard focus): when full, the status says why nothing was added.
    add.setAttribute('aria-disabled', String(selected.length >= MAX_CASES));
    if (select.selectedOptions[0]?.disabled) select.value = options.find((o) => !o.disabled)?.value ?? '';
    if (status) status.textContent = selectionStatus(selected.length);
    const url = new URL(location.href);
    if (remember) {
      url.searchParams.set('cases', selected.join(','));
      history.replaceState(null, '', url);
    }
    if (link) link.href = url.href;
    void showColumns(initial);
  };
  // Columns keep the page's order whatever order the cases were added in.
  const update = (next: string[]) => {
    selected = known.filter((slug) => next.includes(slug));
    render(true);
  };

  add.addEventListener('click', () => {
    if (selected.length >= MAX_CASES && status) status.textContent = selectionFullStatus();
    else if (select.value) update(addToSelection(selected, select.value));
  });
  chosenList.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-compare-remove]');
    if (!button) return;
    const index = selected.indexOf(button.dataset['compareRemove'] ?? '');
    update(removeFromSelection(selected, button.dataset['compareRemove'] ?? ''));
    // Keep the keyboard where it was: on the next chip's button, or the select when none is left.
    const buttons = chosenList.querySelectorAll<HTMLButtonElement>('[data-compare-remove]');
    (buttons[Math.min(index, buttons.length - 1)] ?? select).focus();
  });
  // A choice in the URL is written back as read (known cases, in page order); no choice leaves the URL alone.
  render(new URL(location.href).searchParams.has('cases'), true);
}
