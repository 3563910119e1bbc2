import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, facetValues, placeCollation } from '../../../src/lib/library/facets.ts';
import { readState, writeState } from '../../../src/lib/library/url-state.ts';
import { generatedLibrary } from './generated-library.ts';

const offered = facetValues(
  generatedLibrary(60),
  placeCollation(new Intl.Collator('zh-Hans-CN-u-co-pinyin')),
);
const read = (query: string) => readState(new URLSearchParams(query), offered);

describe('案例库 selection in the URL', () => {
  it('leaves the defaults out: the plain URL is the unfiltered first page', () => {
    expect(writeState(DEFAULT_STATE)).toBe('');
    expect(read('')).toEqual(DEFAULT_STATE);
  });

  it('reads back what it writes', () => {
    const state = {
      filters: { province: ['湖南', '广东'], theme: ['网格化治理'], year: ['未注明'] },
      query: '长沙',
      sort: 'year' as const,
      page: 2,
    };
    const query = writeState(state);
    expect(query).toBe(
      `?province=${encodeURIComponent('湖南,广东')}&year=${encodeURIComponent('未注明')}&theme=${encodeURIComponent('网格化治理')}&q=${encodeURIComponent('长沙')}&sort=year&page=2`,
    );
    expect(read(query)).toEqual({
      ...state,
      filters: { province: ['湖南', '广东'], year: ['未注明'], theme: ['网格化治理'] },
    });
  });

  it('drops values no facet offers and a bad sort or page, so an old link still opens', () => {
    expect(read('province=火星,湖南&level=省&sort=random&page=-3')).toEqual({
      ...DEFAULT_STATE,
      filters: { province: ['湖南'] },
    });
    expect(read('page=abc').page).toBe(1);
  });
});
