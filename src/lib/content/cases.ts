/**
 * Case slugs and the cities they describe, derived from the case registry
 * (content/data/cases.json, see registry.ts): the timeline, the quizzes and
 * the teaching notes link a city to its case through this.
 */
import { CASE_RECORDS } from './registry.ts';
import { chineseNumeral } from '../teaching/numerals.ts';

export type CaseSlug = string;

export const CASE_CITY: Readonly<Record<CaseSlug, string>> = Object.fromEntries(
  CASE_RECORDS.map((c) => [c.slug, c.city]),
);

export const CASE_ORDER: readonly CaseSlug[] = CASE_RECORDS.map((c) => c.slug);

const CITY_CASE = new Map(CASE_RECORDS.map((c) => [c.city, c.slug]));

/** The case page that describes a city's practice. */
export function caseOfCity(city: string): CaseSlug | undefined {
  return CITY_CASE.get(city);
}

/** How many cases the library has, in words for prose: 七个案例 (两个, 十二个…). */
export function caseCountText(count = CASE_RECORDS.length): string {
  return `${count === 2 ? '两' : (chineseNumeral(count) ?? String(count))}个案例`;
}
