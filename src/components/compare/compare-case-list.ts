/**
 * The compare picker's second step: the cases of the chosen province. They
 * come from the list of every case (routes.compareCases), fetched once, when
 * first needed, so the page itself names only the provinces.
 */
import {
  decodePickerIndex,
  pickerLabel,
  type PickerGroup,
  type PickerIndex,
} from '../../lib/content/compare-selection.ts';
import { routes } from '../../lib/routes.ts';
import { loadJson } from '../offline/load-json.ts';

export class CaseList {
  /** Every case's slug in the columns' order, once the list is in. */
  order: string[] | undefined;
  private readonly cities = new Map<string, string>();
  private groups: Promise<PickerGroup[]> | undefined;

  /** The list by province (fetched on first use; a failed fetch is tried again next time). */
  load(): Promise<PickerGroup[]> {
    this.groups ??= (loadJson(routes.compareCases()) as Promise<PickerIndex>).then(
      (index) => {
        const groups = decodePickerIndex(index);
        const cases = groups.flatMap((group) => group.cases);
        this.order = cases.map((c) => c.slug);
        for (const c of cases) this.cities.set(c.slug, c.city);
        return groups;
      },
      (error: unknown) => {
        this.groups = undefined;
        throw error;
      },
    );
    return this.groups;
  }

  /** A case's city, once the list is in. */
  city(slug: string): string | undefined {
    return this.cities.get(slug);
  }
}

/** An option of the case select that stands for no case (a prompt). */
function promptOption(doc: Document, text: string): HTMLOptionElement {
  const option = doc.createElement('option');
  option.value = '';
  option.textContent = text;
  return option;
}

/** The select's options: the province's cases, each labelled as the page writes it. */
function caseOptions(doc: Document, group: PickerGroup | undefined): HTMLOptionElement[] {
  return (group?.cases ?? []).map((c) => {
    const option = doc.createElement('option');
    option.value = c.slug;
    option.textContent = pickerLabel(c);
    return option;
  });
}

/**
 * Fills the case select with the cases of the province chosen in `province`
 * (the list fetched if need be). Resolves when filled, or when another
 * province was chosen meanwhile; rejects when the list could not be fetched.
 * `offered` then marks the chosen cases; the select says why when none is left.
 */
export async function showProvince(
  province: HTMLSelectElement,
  select: HTMLSelectElement,
  list: CaseList,
  offered: () => void,
): Promise<void> {
  const doc = select.ownerDocument;
  const chosen = province.value;
  if (!chosen) return void select.replaceChildren(promptOption(doc, '先选省份'));
  select.replaceChildren(promptOption(doc, '正在载入……'));
  try {
    const groups = await list.load();
    if (province.value !== chosen) return;
    select.replaceChildren(
      ...caseOptions(
        doc,
        groups.find((g) => g.province === chosen),
      ),
    );
  } catch (error) {
    select.replaceChildren(promptOption(doc, '先选省份'));
    throw error;
  }
  offered();
  // Rather than an empty box: say why nothing is offered.
  if (!select.value) {
    select.prepend(promptOption(doc, '本省案例都已在对照中'));
    select.selectedIndex = 0;
  }
}
