/**
 * Case picker of the compare page. Shows the chosen cases' columns (the
 * default three, which the page carries, until the reader chooses) and keeps
 * the choice in the URL, so a comparison can be shared and printed. The
 * reader adds a case in two steps — a province, then one of its cases — and
 * removes one with the button on its chip. The page names only the
 * provinces; their cases come from the list of every case (compare-case-list.ts),
 * fetched when first needed. A case's column that the page does not carry is
 * fetched from its JSON file (compare-columns.ts) when the case is added, and
 * kept for the visit.
 */
import { CompareColumns } from './compare-columns-dom.ts';
import { CaseList, showProvince } from './compare-case-list.ts';
import {
  MAX_CASES,
  addToSelection,
  initialSelection,
  pickerFailedStatus,
  removeFromSelection,
  selectionFullStatus,
  selectionPromptStatus,
  selectionStatus,
} from '../../lib/content/compare-selection.ts';

interface Picker {
  chosenList: HTMLElement;
  province: HTMLSelectElement;
  select: HTMLSelectElement;
  add: HTMLButtonElement;
  status: HTMLElement | null;
  link: HTMLAnchorElement | null;
}

function pickerParts(picker: HTMLElement): Picker | undefined {
  const chosenList = picker.querySelector<HTMLElement>('[data-compare-chosen]');
  const province = picker.querySelector<HTMLSelectElement>('[data-compare-province]');
  const select = picker.querySelector<HTMLSelectElement>('[data-compare-select]');
  const add = picker.querySelector<HTMLButtonElement>('[data-compare-add]');
  if (!chosenList || !province || !select || !add) return undefined;
  const status = picker.querySelector<HTMLElement>('[data-compare-status]');
  const link = picker.querySelector<HTMLAnchorElement>('[data-compare-link]');
  return { chosenList, province, select, add, status, link };
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

/** The cases the page opens on, as its chips name them: slug → city. */
function chipsInPage(chosenList: HTMLElement): Map<string, string> {
  return new Map(
    [...chosenList.querySelectorAll<HTMLElement>('li[data-case]')].map((li) => [
      li.dataset['case'] ?? '',
      li.querySelector('span')?.textContent ?? '',
    ]),
  );
}

export function setUpComparePicker(root: Document): void {
  const picker = root.querySelector<HTMLFieldSetElement>('[data-compare-picker]');
  const parts = picker && pickerParts(picker);
  if (!parts) return;
  const { chosenList, province, select, add, status, link } = parts;
  const list = new CaseList();
  const inPage = chipsInPage(chosenList);
  const cityOf = (slug: string) => list.city(slug) ?? inPage.get(slug) ?? slug;
  let selected = [...inPage.keys()];
  const columns = new CompareColumns(root);
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  const showColumns = async (first: boolean) => {
    const wanted = selected;
    const failed = await columns.show(wanted, first);
    if (wanted !== selected || failed.length === 0) return;
    // A column that could not be fetched (offline before it was kept, say): the others stay, the status says which.
    selected = selected.filter((slug) => !failed.includes(slug));
    render(true);
    say(columns.failedStatus(failed.map(cityOf)));
  };
  /** The case select's options offer no case already chosen. */
  const markChosen = () => {
    for (const option of select.options) if (option.value) option.disabled = selected.includes(option.value);
    if (select.selectedOptions[0]?.disabled)
      select.value = [...select.options].find((o) => o.value && !o.disabled)?.value ?? '';
  };
  const render = (remember: boolean, initial = false) => {
    chosenList.replaceChildren(...selected.map((slug) => chip(root, slug, cityOf(slug))));
    markChosen();
    // Never disabled (a disabled control drops the keyboard focus): when full, the status says why nothing was added.
    add.setAttribute('aria-disabled', String(selected.length >= MAX_CASES));
    say(selectionStatus(selected.length));
    const url = new URL(location.href);
    if (remember) {
      url.searchParams.set('cases', selected.join(','));
      history.replaceState(null, '', url);
    }
    if (link) link.href = url.href;
    void showColumns(initial);
  };
  // Columns keep the list's order whatever order the cases were added in (adding needs the list, so it is in).
  const update = (next: string[]) => {
    selected = (list.order ?? next).filter((slug) => next.includes(slug));
    render(true);
  };

  province.addEventListener('change', () =>
    showProvince(province, select, list, markChosen).catch(() => say(pickerFailedStatus())),
  );

  add.addEventListener('click', () => {
    if (selected.length >= MAX_CASES) say(selectionFullStatus());
    else if (!select.value) say(selectionPromptStatus());
    else update(addToSelection(selected, select.value));
  });
  chosenList.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-compare-remove]');
    if (!button) return;
    const index = selected.indexOf(button.dataset['compareRemove'] ?? '');
    update(removeFromSelection(selected, button.dataset['compareRemove'] ?? ''));
    // Keep the keyboard where it was: on the next chip's button, or the province select when none is left.
    const buttons = chosenList.querySelectorAll<HTMLButtonElement>('[data-compare-remove]');
    (buttons[Math.min(index, buttons.length - 1)] ?? province).focus();
  });

  startFromUrl(columns, list, (chosen) => {
    if (chosen) selected = chosen;
    // A choice in the URL is written back as read (known cases, in the list's order); no choice leaves the URL alone.
    render(Array.isArray(chosen), true);
    if (chosen === null) say(pickerFailedStatus());
  });
}

/**
 * The cases a shared link names (?cases=…), once the list says which exist
 * and in what order: `start` gets them, or undefined when the link names
 * none, or null when the list could not be fetched (the page's cases stay).
 */
function startFromUrl(
  columns: CompareColumns,
  list: CaseList,
  start: (chosen: string[] | undefined | null) => void,
): void {
  const param = new URL(location.href).searchParams.get('cases');
  if (param === null) return start(undefined);
  // The tables wait, hidden in place, rather than show the default columns and then others.
  columns.hold();
  list.load().then(
    () => start(initialSelection(param, list.order ?? [])),
    () => start(null),
  );
}
