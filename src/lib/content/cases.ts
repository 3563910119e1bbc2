/**
 * Case slugs and the cities they describe. The two vocabularies are kept in
 * the same order in src/lib/schemas/vocabulary.ts; this map makes the pairing
 * explicit: the timeline and the teaching notes link a city to its case.
 */
import type { CASE_SLUGS, City } from '../schemas/vocabulary.ts';

export type CaseSlug = (typeof CASE_SLUGS)[number];

export const CASE_CITY: Record<CaseSlug, City> = {
  changsha: '长沙',
  guangzhou: '广州',
  jining: '济宁',
  chizhou: '池州',
  zhangzhou: '漳州',
  'nanchang-xihu': '南昌西湖区',
  shanghai: '上海',
};

export const CASE_ORDER = Object.keys(CASE_CITY) as CaseSlug[];

const CITY_CASE = new Map(
  Object.entries(CASE_CITY).map(([slug, city]) => [city as string, slug as CaseSlug]),
);

/** The case page that describes a city's practice. */
export function caseOfCity(city: string): CaseSlug | undefined {
  return CITY_CASE.get(city);
}
