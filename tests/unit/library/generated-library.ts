/**
 * A generated library of 60 cases for the 案例库 tests: provinces, levels,
 * years, themes and model types vary with the index by fixed rules, so every
 * expected count below can be worked out by hand from those rules.
 */
import { THEMES, MODEL_TYPES } from '../../../src/lib/schemas/vocabulary.ts';
import type { LibraryCase } from '../../../src/lib/library/facets.ts';

export const PROVINCES = ['湖南', '广东', '山东', '安徽', '福建'] as const;
const CITIES = ['长沙', '广州', '济宁', '池州', '漳州'] as const;
const CASE_LEVELS = ['市', '区', '街道', '社区'] as const;

/** Case i: province i mod 5, level i mod 4, year 2015 + (i mod 10) (none when i mod 10 = 9), themes THEMES[i mod 13] and THEMES[(i+1) mod 13], type i mod 4 (none when i mod 7 = 6). */
export function generatedLibrary(size = 60): LibraryCase[] {
  return Array.from({ length: size }, (_, i) => ({
    slug: `case-${String(i).padStart(2, '0')}`,
    title: `${CITIES[i % 5]}第${i}号案例`,
    city: `${CITIES[i % 5]}${i}`,
    province: PROVINCES[i % 5]!,
    level: CASE_LEVELS[i % 4]!,
    year: i % 10 === 9 ? undefined : 2015 + (i % 10),
    themes: [THEMES[i % 13]!, THEMES[(i + 1) % 13]!],
    modelType: i % 7 === 6 ? undefined : MODEL_TYPES[i % 4],
    order: i,
    cityRank: size - 1 - i,
  }));
}
