/**
 * The 案例库's data as the page embeds it: each distinct province, level,
 * theme and model type written once, each case a short row of indexes, so a
 * thousand cases stay a few dozen kilobytes. `decodeLibrary` gives back the
 * cases `encodeLibrary` was given (in registry order, which is what `order`
 * is; each case's themes in the order the library first meets them). Pure.
 */
import type { LibraryCase } from './facets.ts';

export interface CompactLibrary {
  /** Distinct values, referred to by index in the rows. */
  provinces: string[];
  levels: string[];
  themes: string[];
  types: string[];
  /** [slug, title, city, province, level, year (0: none), themes bit set, type (-1: none), cityRank] */
  rows: Array<[string, string, string, number, number, number, number, number, number]>;
}

function indexer(): { list: string[]; of: (value: string) => number } {
  const list: string[] = [];
  const index = new Map<string, number>();
  return {
    list,
    of: (value) => {
      let i = index.get(value);
      if (i === undefined) {
        i = list.length;
        list.push(value);
        index.set(value, i);
      }
      return i;
    },
  };
}

/** The cases (in registry order) as compact rows. At most 31 distinct themes fit the bit set. */
export function encodeLibrary(cases: readonly LibraryCase[]): CompactLibrary {
  const [provinces, levels, themes, types] = [indexer(), indexer(), indexer(), indexer()];
  const rows = cases.map((c): CompactLibrary['rows'][number] => [
    c.slug,
    c.title,
    c.city,
    provinces.of(c.province),
    levels.of(c.level),
    c.year ?? 0,
    c.themes.reduce((bits, theme) => bits | (1 << themes.of(theme)), 0),
    c.modelType === undefined ? -1 : types.of(c.modelType),
    c.cityRank,
  ]);
  if (themes.list.length > 31)
    throw new Error(`案例库的主题超过 31 个（${themes.list.length} 个），无法压缩`);
  return { provinces: provinces.list, levels: levels.list, themes: themes.list, types: types.list, rows };
}

export function decodeLibrary(data: CompactLibrary): LibraryCase[] {
  return data.rows.map(([slug, title, city, province, level, year, themeBits, type, cityRank], order) => ({
    slug,
    title,
    city,
    province: data.provinces[province] ?? '',
    level: data.levels[level] ?? '',
    year: year === 0 ? undefined : year,
    themes: data.themes.filter((_, i) => (themeBits & (1 << i)) !== 0),
    modelType: type === -1 ? undefined : data.types[type],
    order,
    cityRank,
  }));
}
