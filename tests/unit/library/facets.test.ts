import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  NOT_RECORDED,
  PAGE_SIZE,
  facetCounts,
  facetValues,
  filterCases,
  pageOf,
  placeCollation,
  sortCases,
  viewOf,
  cityRanks,
} from '../../../src/lib/library/facets.ts';
import { THEMES } from '../../../src/lib/schemas/vocabulary.ts';
import { caseLine } from '../../../src/lib/library/case-line.ts';
import { generatedLibrary, PROVINCES } from './generated-library.ts';

const cases = generatedLibrary(60);
const collate = placeCollation(new Intl.Collator('zh-Hans-CN-u-co-pinyin'));
const state = (filters = {}, query = '') => ({ ...DEFAULT_STATE, filters, query });

describe('案例库 facets', () => {
  it('offers every value present, provinces by pinyin, years newest first, 未注明 and 未分类 last', () => {
    const offered = facetValues(cases, collate);
    expect(offered.province).toEqual(['安徽', '福建', '广东', '湖南', '山东']);
    expect(offered.level).toEqual(['市', '区', '街道', '社区']);
    expect(offered.year).toEqual([
      '2023',
      '2022',
      '2021',
      '2020',
      '2019',
      '2018',
      '2017',
      '2016',
      '2015',
      '未注明',
    ]);
    expect(offered.theme).toEqual([...THEMES]);
    expect(offered.type).toEqual(['整体推进', '区域化共建', '街道赋权', '党建引领治理', '未分类']);
  });

  it('counts each value against the whole library when nothing is chosen', () => {
    const counts = facetCounts(cases, state());
    for (const province of PROVINCES) expect(counts.province.get(province)).toBe(12);
    expect(counts.level.get('市')).toBe(15);
    expect(counts.year.get(NOT_RECORDED.year)).toBe(6);
    expect(counts.year.get('2015')).toBe(6);
    // i mod 7 = 6 for i = 6, 13, …, 55: eight cases unclassified.
    expect(counts.type.get(NOT_RECORDED.type)).toBe(8);
    // Each theme is the first theme of the cases i ≡ k and the second of i ≡ k−1 (mod 13).
    const themeTotal = [...counts.theme.values()].reduce((a, b) => a + b, 0);
    expect(themeTotal).toBe(120);
  });

  it('treats values of one facet as alternatives and facets as all applying', () => {
    const chosen = filterCases(cases, state({ province: ['湖南', '广东'], level: ['市'] }));
    // province 湖南 (i≡0 mod 5) or 广东 (i≡1), level 市 (i≡0 mod 4): i ≡ 0 or 16 (mod 20).
    expect(chosen.map((c) => c.order)).toEqual([0, 16, 20, 36, 40, 56]);
  });

  it('counts a facet’s values with the other facets’ choices, not its own', () => {
    const counts = facetCounts(cases, state({ province: ['湖南'], level: ['市'] }));
    // Provinces are counted among the 市 cases (i ≡ 0 mod 4): three per province.
    expect(counts.province.get('湖南')).toBe(3);
    expect(counts.province.get('广东')).toBe(3);
    // Levels among the 湖南 cases (i ≡ 0 mod 5): 0, 5, …, 55, i mod 4 cycles.
    expect(counts.level.get('市')).toBe(3);
    expect(counts.level.get('区')).toBe(3);
    // Other facets see both choices: the cases 0, 20, 40.
    expect(counts.year.get('2015')).toBe(3);
  });

  it('matches the text box against title, city and province', () => {
    expect(filterCases(cases, state({}, '池州')).length).toBe(12);
    expect(filterCases(cases, state({}, '第7号')).map((c) => c.slug)).toEqual(['case-07']);
    expect(filterCases(cases, state({}, '福建')).length).toBe(12);
    expect(filterCases(cases, state({}, '  ')).length).toBe(60);
  });

  it('sorts by city rank or year with registry order breaking ties', () => {
    expect(sortCases(cases, 'city')[0]?.order).toBe(59);
    const byYear = sortCases(cases, 'year');
    expect(byYear.slice(0, 6).map((c) => c.order)).toEqual([8, 18, 28, 38, 48, 58]);
    expect(byYear.at(-1)?.year).toBeUndefined();
    expect(sortCases(cases, 'order').map((c) => c.order)).toEqual(cases.map((c) => c.order));
  });

  it('cuts pages and clamps a page number out of range', () => {
    expect(pageOf(cases, 1).items.length).toBe(PAGE_SIZE);
    expect(pageOf(cases, 3).items[0]?.order).toBe(40);
    expect(pageOf(cases, 9).page).toBe(3);
    expect(pageOf(cases, 0).page).toBe(1);
    expect(pageOf([], 2)).toEqual({ items: [], page: 1 });
  });

  it('gives the view of a selection: page, total and pages', () => {
    const view = viewOf(cases, { ...state({ province: ['湖南'] }), sort: 'year', page: 1 });
    expect(view.total).toBe(12);
    expect(view.pages).toBe(1);
    expect(view.items[0]?.year).toBe(2020);
  });

  it('ranks cities by pinyin, reading 长沙 as cháng', () => {
    const ranks = cityRanks(
      ['长沙', '上海', '安庆', '重庆', '广州'].map((city) => ({ slug: city, city })),
      collate,
    );
    expect([...ranks.keys()]).toEqual(['安庆', '长沙', '重庆', '广州', '上海']);
  });

  it('writes the line under a title', () => {
    expect(caseLine({ city: '长沙', province: '湖南', level: '市', year: 2018, modelType: '整体推进' })).toBe(
      '湖南 · 长沙 · 市级 · 2018年 · 整体推进',
    );
    expect(
      caseLine({ city: '上海', province: '上海', level: '市', year: undefined, modelType: undefined }),
    ).toBe('上海 · 市级');
  });
});
