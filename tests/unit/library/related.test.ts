import { describe, expect, it } from 'vitest';
import {
  relatedCases,
  relatedRanker,
  relatedReason,
  RELATED_LIMIT,
  type RelatedInput,
} from '../../../src/lib/library/related.ts';
import { generatedLibrary } from './generated-library.ts';

const names: Record<string, string> = { dadangwei: '大党委', wangge: '网格党支部', shuangbaodao: '双报到' };
const termName = (id: string) => names[id] ?? id;

describe('相关案例 ranking', () => {
  const cases: RelatedInput[] = [
    { slug: 'a', themes: ['服务群众', '网格化治理'], terms: ['dadangwei'] },
    { slug: 'b', themes: ['服务群众'], terms: [] },
    { slug: 'c', themes: ['服务群众', '网格化治理'], terms: ['dadangwei', 'wangge'] },
    { slug: 'd', themes: ['服务群众'], terms: ['dadangwei'] },
    { slug: 'e', themes: ['议事协商'], terms: [] },
  ];
  const related = relatedCases(cases);

  it('ranks rare shared features above common ones', () => {
    // c shares 大党委 and 网格化治理 with a; d only 大党委; b only 服务群众, which four cases have.
    expect(related.get('a')?.map((r) => r.slug)).toEqual(['c', 'd', 'b']);
  });

  it('leaves out cases that share nothing', () => {
    expect(related.get('e')).toEqual([]);
    expect(related.get('a')?.some((r) => r.slug === 'e')).toBe(false);
  });

  it('breaks ties by registry order, the same on every run', () => {
    // b and d each share only 服务群众 with… b: b is related to a, c, d equally.
    expect(related.get('b')?.map((r) => r.slug)).toEqual(['a', 'c', 'd']);
    expect(relatedCases([...cases])).toEqual(related);
  });

  it('ranks one case on demand exactly as the whole library is ranked', () => {
    const rank = relatedRanker(cases);
    for (const c of [...cases].reverse()) expect(rank(c.slug)).toEqual(related.get(c.slug));
    expect(rank('not-a-case')).toEqual([]);
  });

  it('says why, rarest first', () => {
    const top = related.get('a')![0]!;
    expect(relatedReason(top, termName)).toBe('共同术语：大党委；共同主题：网格化治理、服务群众');
    expect(relatedReason(related.get('b')![0]!, termName)).toBe('共同主题：服务群众');
  });

  it('names at most three, terms first, and counts the rest', () => {
    expect(
      relatedReason({ slug: 'x', score: 1, themes: ['甲', '乙', '丙', '丁'], terms: [] }, termName),
    ).toBe('共同主题：甲、乙、丙等，共 4 项相同');
    expect(
      relatedReason({ slug: 'x', score: 1, themes: ['甲', '乙'], terms: ['dadangwei', 'wangge'] }, termName),
    ).toBe('共同术语：大党委、网格党支部；共同主题：甲等，共 4 项相同');
  });

  it('keeps the top five in a generated library of 60', () => {
    const library = generatedLibrary(60).map((c) => ({
      slug: c.slug,
      themes: c.themes,
      terms: [`t${c.order % 6}`],
    }));
    const ranked = relatedCases(library);
    expect(ranked.size).toBe(60);
    for (const [slug, list] of ranked) {
      expect(list.length).toBe(RELATED_LIMIT);
      expect(list.some((r) => r.slug === slug)).toBe(false);
      const scores = list.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
    // case-00 has themes 0 and 1 and term t0: case-01 (theme 1) and case-12 (theme 0) share a theme,
    // case-06 shares t0 … every listed case shares something.
    for (const r of ranked.get('case-00')!) expect(r.themes.length + r.terms.length).toBeGreaterThan(0);
  });
});
