/**
 * The compare page's selection, read from the URL: known case slugs only,
 * in the page's order, at most MAX_CASES. Anything else is ignored rather
 * than breaking the page. Without a choice in the URL the page compares
 * DEFAULT_CASES: side by side, three columns still read as text.
 */
const MIN_CASES = 2;
export const MAX_CASES = 4;

/**
 * Three cases that differ the most in kind: a city-wide reform (长沙), a
 * district's committee rules (南昌西湖区) and a metropolis's street reform (上海).
 */
export const DEFAULT_CASES = ['changsha', 'nanchang-xihu', 'shanghai'] as const;

export function parseCaseSelection(param: string | null, known: readonly string[]): string[] {
  if (!param) return [];
  const wanted = new Set(param.split(',').map((s) => s.trim()));
  return known.filter((slug) => wanted.has(slug)).slice(0, MAX_CASES);
}

/** The cases to show: the reader's choice from the URL, or the default three. */
export function initialSelection(param: string | null, known: readonly string[]): string[] {
  const chosen = parseCaseSelection(param, known);
  return chosen.length > 0
    ? chosen
    : known.filter((slug) => (DEFAULT_CASES as readonly string[]).includes(slug));
}

/** What the picker says under the boxes: how many are chosen, or how many more are needed. */
export function selectionStatus(count: number): string {
  return count < MIN_CASES
    ? `已选 ${count} 个，再选至少 ${MIN_CASES - count} 个。`
    : `正在对照 ${count} 个案例（最多 ${MAX_CASES} 个）。`;
}

/** What the picker says when the reader tries to add a case past the maximum. */
export function selectionFullStatus(): string {
  return `已选满 ${MAX_CASES} 个案例：先移除一个，再加入新的。`;
}

/** One case in the picker: its slug, its city and whether compare.yaml has its rows yet. */
export interface PickerCase {
  slug: string;
  city: string;
  compared: boolean;
}

/** The picker's cases grouped by province, provinces and cities in the registry's order. */
export function pickerGroups(
  cases: ReadonlyArray<PickerCase & { province: string }>,
): Array<{ province: string; cases: PickerCase[] }> {
  const groups = new Map<string, PickerCase[]>();
  for (const { province, ...c } of cases) {
    const group = groups.get(province) ?? [];
    group.push(c);
    groups.set(province, group);
  }
  return [...groups].map(([province, members]) => ({ province, cases: members }));
}

/** The selection with one more case (ignored when already chosen or at MAX_CASES). */
export function addToSelection(selected: readonly string[], slug: string): string[] {
  if (selected.includes(slug) || selected.length >= MAX_CASES) return [...selected];
  return [...selected, slug];
}

/** The selection without a case. */
export function removeFromSelection(selected: readonly string[], slug: string): string[] {
  return selected.filter((s) => s !== slug);
}
