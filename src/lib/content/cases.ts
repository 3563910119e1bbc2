/**
 * Case slugs and the cities they describe, derived from the case registry
 * (content/data/cases.json, see registry.ts): the timeline, the quizzes and
 * the teaching notes link a city to its case through this.
 */
import { CASE_RECORDS } from './registry.ts';

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

/** How many cases the library has, as a Chinese numeral for prose (七个案例). */
export function caseCountWords(count = CASE_RECORDS.length): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (count < 10) return count === 2 ? '两' : digits[count]!;
  if (count < 100) {
    const tens = Math.floor(count / 10);
    const ones = count % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
  }
  return String(count);
}
