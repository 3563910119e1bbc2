/**
 * The 案例库's facets: which values each facet offers, which cases a
 * selection keeps, how many cases each value would keep, the sort orders and
 * the page cut. Used on the server (the first page and its counts are in the
 * HTML) and in the browser (the same functions on the same data), so the two
 * never disagree. Pure: no DOM, no astro:*, no fs.
 *
 * Within a facet the chosen values are alternatives (湖南 or 广东); across
 * facets they all apply. A value's count is the number of cases it would
 * keep given the other facets' choices, so a count never lies about a click.
 */
import { LEVELS, MODEL_TYPES, THEMES } from '../schemas/vocabulary.ts';

/** One case as the 案例库 lists and filters it (from the registry and the case page). */
export interface LibraryCase {
  slug: string;
  title: string;
  city: string;
  province: string;
  level: string;
  /** Year of the material, when the registry records it. */
  year?: number | undefined;
  themes: readonly string[];
  modelType?: string | undefined;
  /** Position in the registry (收录顺序). */
  order: number;
  /** Position by the city's pinyin (computed at build, where the collator is known). */
  cityRank: number;
}

export const FACET_KEYS = ['province', 'level', 'year', 'theme', 'type'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The facets' headings as the page shows them. */
export const FACET_LABELS: Readonly<Record<FacetKey, string>> = {
  province: '省份',
  level: '层级',
  year: '资料年份',
  theme: '主题',
  type: '模式类型',
};

/** The value a case without a year or a model type files under. */
export const NOT_RECORDED: Readonly<Record<'year' | 'type', string>> = { year: '未注明', type: '未分类' };

export const SORT_KEYS = ['order', 'city', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  order: '收录顺序',
  city: '城市（按拼音）',
  year: '资料年份（新的在前）',
};

export const PAGE_SIZE = 20;

type Filters = Readonly<Partial<Record<FacetKey, readonly string[]>>>;

export interface LibraryState {
  filters: Filters;
  /** Text the title or the city must contain. */
  query: string;
  sort: SortKey;
  /** 1-based. */
  page: number;
}

export const DEFAULT_STATE: LibraryState = { filters: {}, query: '', sort: 'order', page: 1 };

/** The facet values a case has (a theme facet has several). */
function valuesOf(c: LibraryCase, facet: FacetKey): readonly string[] {
  switch (facet) {
    case 'province':
      return [c.province];
    case 'level':
      return [c.level];
    case 'year':
      return [c.year === undefined ? NOT_RECORDED.year : String(c.year)];
    case 'theme':
      return c.themes;
    case 'type':
      return [c.modelType ?? NOT_RECORDED.type];
  }
}

const inOrder = (order: readonly string[]) => (a: string, b: string) => {
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib) || (a < b ? -1 : a > b ? 1 : 0);
};

/** Newest year first; 未注明 last. */
const byYearDescending = (a: string, b: string) => (Number(b) || 0) - (Number(a) || 0);

/**
 * Every value each facet offers for these cases, in the order the page lists
 * them: provinces by `collate` (pinyin on the server), levels from 市 down,
 * years newest first, themes and model types in the vocabulary's order.
 */
export function facetValues(
  cases: readonly LibraryCase[],
  collate: (a: string, b: string) => number,
): Record<FacetKey, string[]> {
  const distinct = (facet: FacetKey) => [...new Set(cases.flatMap((c) => valuesOf(c, facet)))];
  return {
    province: distinct('province').sort(collate),
    level: distinct('level').sort(inOrder(LEVELS)),
    year: distinct('year').sort(byYearDescending),
    theme: distinct('theme').sort(inOrder(THEMES)),
    type: distinct('type').sort(inOrder(MODEL_TYPES)),
  };
}

function matchesQuery(c: LibraryCase, query: string): boolean {
  const text = query.trim();
  return text === '' || c.title.includes(text) || c.city.includes(text) || c.province.includes(text);
}

/** Does the case pass every facet's choice, leaving out `except` (for that facet's counts)? */
function matches(c: LibraryCase, state: Pick<LibraryState, 'filters' | 'query'>, except?: FacetKey): boolean {
  if (!matchesQuery(c, state.query)) return false;
  return FACET_KEYS.every((facet) => {
    const chosen = state.filters[facet];
    if (facet === except || chosen === undefined || chosen.length === 0) return true;
    return valuesOf(c, facet).some((v) => chosen.includes(v));
  });
}

/** The cases the selection keeps, in the given order. */
export function filterCases(
  cases: readonly LibraryCase[],
  state: Pick<LibraryState, 'filters' | 'query'>,
): LibraryCase[] {
  return cases.filter((c) => matches(c, state));
}

/** For each facet, how many cases each value would keep with the other facets' choices. */
export function facetCounts(
  cases: readonly LibraryCase[],
  state: Pick<LibraryState, 'filters' | 'query'>,
): Record<FacetKey, Map<string, number>> {
  const counts = Object.fromEntries(FACET_KEYS.map((f) => [f, new Map<string, number>()])) as Record<
    FacetKey,
    Map<string, number>
  >;
  for (const c of cases) {
    for (const facet of FACET_KEYS) {
      if (!matches(c, state, facet)) continue;
      for (const value of new Set(valuesOf(c, facet)))
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The cases in the chosen order; ties fall back to the registry's order, so the order is total. */
export function sortCases(cases: readonly LibraryCase[], sort: SortKey): LibraryCase[] {
  const key: Record<SortKey, (a: LibraryCase, b: LibraryCase) => number> = {
    order: () => 0,
    city: (a, b) => a.cityRank - b.cityRank,
    year: (a, b) => (b.year ?? 0) - (a.year ?? 0),
  };
  return [...cases].sort((a, b) => key[sort](a, b) || a.order - b.order);
}

function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page asked for, clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number } {
  const clamped = Math.min(Math.max(1, Math.floor(page) || 1), pageCount(items.length, size));
  return { items: items.slice((clamped - 1) * size, clamped * size), page: clamped };
}

/** What the selection shows: the page's cases, the total kept and the counts. */
export function viewOf(cases: readonly LibraryCase[], state: LibraryState) {
  const kept = sortCases(filterCases(cases, state), state.sort);
  const { items, page } = pageOf(kept, state.page);
  return {
    items,
    page,
    total: kept.length,
    pages: pageCount(kept.length),
    counts: facetCounts(cases, state),
  };
}

/** Positions of the cases by city, with `collate` (pinyin on the server): the `cityRank` of each slug. */
export function cityRanks(
  cases: ReadonlyArray<Pick<LibraryCase, 'slug' | 'city'>>,
  collate: (a: string, b: string) => number,
): Map<string, number> {
  const sorted = [...cases].sort((a, b) => collate(a.city, b.city) || collate(a.slug, b.slug));
  return new Map(sorted.map((c, i) => [c.slug, i]));
}

/**
 * First characters of place names that the collator reads wrongly at the
 * head of a name (ICU gives 长沙 “zhǎng”), mapped to a character with the
 * reading the place name has, for sorting only.
 */
const PLACE_READINGS: Readonly<Record<string, string>> = {
  长: '常',
  重: '崇',
  厦: '夏',
  蚌: '棒',
  六: '陆',
  乐: '勒',
};

/** Compares place names by pinyin with `collator`, reading a name's first character as places are read. */
export function placeCollation(collator: Intl.Collator): (a: string, b: string) => number {
  const key = (name: string) => (PLACE_READINGS[name.charAt(0)] ?? name.charAt(0)) + name.slice(1);
  return (a, b) => collator.compare(key(a), key(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Place names in pinyin order, as the 案例库 and the compare picker list provinces and cities. */
export function pinyinPlaceOrder(): (a: string, b: string) => number {
  return placeCollation(new Intl.Collator('zh-Hans-CN-u-co-pinyin'));
}
