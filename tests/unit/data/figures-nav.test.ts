import { describe, expect, it } from 'vitest';
import {
  LIST_ALL_UP_TO,
  SHOWN_PER_PROVINCE,
  byProvince,
  provincesNav,
  type NavCase,
} from '../../../src/lib/data/figures-nav.ts';

const PROVINCES = ['湖南', '广东', '江西'];
/** `n` cases spread over three provinces, the k-th with k + 1 figures. */
const library = (n: number): NavCase[] =>
  Array.from({ length: n }, (_, k) => ({
    slug: `case-${k}`,
    city: `城${k}`,
    province: PROVINCES[k % PROVINCES.length]!,
    count: k + 1,
  }));

describe('the figures front page’s nav', () => {
  it('lists every case of a small library, and goes by province past it', () => {
    expect(byProvince(library(LIST_ALL_UP_TO))).toBe(false);
    expect(byProvince(library(LIST_ALL_UP_TO + 1))).toBe(true);
  });

  it('shows each province’s cases with most figures, in the registry’s order, and the count of all', () => {
    const nav = provincesNav(library(1000));
    expect(nav.map((g) => g.province)).toEqual(PROVINCES);
    expect(nav.map((g) => g.total)).toEqual([334, 333, 333]);
    for (const group of nav) expect(group.shown).toHaveLength(SHOWN_PER_PROVINCE);
    // 湖南 holds cases 0, 3, … 999: the three with most figures are the last three.
    expect(nav[0]!.shown.map((c) => c.slug)).toEqual(['case-993', 'case-996', 'case-999']);
    // Bounded: the same number of links however large the library.
    const links = (n: number) => provincesNav(library(n)).flatMap((g) => g.shown).length;
    expect(links(10_000)).toBe(links(100));
  });
});
