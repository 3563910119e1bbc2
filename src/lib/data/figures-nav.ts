/**
 * Which cases the figures front page links to. A small library lists every
 * case; a large one, per province, the few cases with the most figures and
 * the count of all, behind a link to the 案例库 filtered by the province —
 * whose case pages each link to their figures table — so the page does not
 * grow with the library.
 */

/** Up to this many cases, the front page lists each one. */
export const LIST_ALL_UP_TO = 30;
/** In a larger library, how many cases each province shows. */
export const SHOWN_PER_PROVINCE = 3;

export interface NavCase {
  slug: string;
  city: string;
  province: string;
  /** How many figures its table has. */
  count: number;
}

export interface NavProvince {
  province: string;
  /** Its cases with the most figures, in the registry's order. */
  shown: NavCase[];
  /** How many cases it has in all. */
  total: number;
}

/** Whether the library is large enough to be shown by province. */
export const byProvince = (cases: readonly unknown[]): boolean => cases.length > LIST_ALL_UP_TO;

/** `cases` in the registry's order, grouped by province in the order it first names them. */
export function provincesNav(cases: readonly NavCase[]): NavProvince[] {
  const groups = new Map<string, NavCase[]>();
  for (const c of cases) {
    const members = groups.get(c.province) ?? [];
    members.push(c);
    groups.set(c.province, members);
  }
  return [...groups].map(([province, members]) => {
    const top = new Set([...members].sort((a, b) => b.count - a.count).slice(0, SHOWN_PER_PROVINCE));
    return { province, shown: members.filter((c) => top.has(c)), total: members.length };
  });
}
