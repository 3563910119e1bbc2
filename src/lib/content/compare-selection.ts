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

/** A province of the picker and its cases, in the registry's order. */
export interface PickerGroup {
  province: string;
  cases: PickerCase[];
}

/**
 * The picker's cases grouped by province, cities in the given (registry's) order; provinces in the
 * order `collateProvinces` gives (the page: pinyin, as the 案例库 lists them), else as first met.
 */
export function pickerGroups(
  cases: ReadonlyArray<PickerCase & { province: string }>,
  collateProvinces?: (a: string, b: string) => number,
): PickerGroup[] {
  const groups = new Map<string, PickerCase[]>();
  for (const { province, ...c } of cases) {
    const group = groups.get(province) ?? [];
    group.push(c);
    groups.set(province, group);
  }
  const provinces = [...groups.keys()];
  if (collateProvinces) provinces.sort(collateProvinces);
  return provinces.map((province) => ({ province, cases: groups.get(province)! }));
}

/**
 * The picker's list of every case, as the file the page fetches when the
 * reader first opens a province (routes.compareCases): the page itself names
 * only the provinces, so it does not grow with the library. Each case is
 * [slug, city, 1 if compared]; the order is the order of the columns.
 */
export interface PickerIndex {
  provinces: Array<{ province: string; cases: Array<[slug: string, city: string, compared: 0 | 1]> }>;
}

export function encodePickerIndex(groups: readonly PickerGroup[]): PickerIndex {
  return {
    provinces: groups.map(({ province, cases }) => ({
      province,
      cases: cases.map((c) => [c.slug, c.city, c.compared ? 1 : 0]),
    })),
  };
}

export function decodePickerIndex(index: PickerIndex): PickerGroup[] {
  return index.provinces.map(({ province, cases }) => ({
    province,
    cases: cases.map(([slug, city, compared]) => ({ slug, city, compared: compared === 1 })),
  }));
}

/** How a case reads in the picker's list: its city, and whether its structured rows are still to come. */
export function pickerLabel(c: PickerCase): string {
  return c.compared ? c.city : `${c.city}（尚未编入结构化对照）`;
}

/** What the picker says when “加入对照” is pressed before a case is chosen. */
export function selectionPromptStatus(): string {
  return '请先选省份，再选其中的案例。';
}

/** What the picker says when the list of cases could not be fetched. */
export function pickerFailedStatus(): string {
  return '未能载入案例列表（网络不通？），联网后可再选。';
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
