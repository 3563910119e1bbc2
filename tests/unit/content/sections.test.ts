import { describe, expect, it } from 'vitest';
import { sectionLeads } from '../../../src/lib/content/sections.ts';
import { splitFigures } from '../../../src/lib/figures/inline.ts';

describe('sectionLeads', () => {
  it('takes the first paragraph of each h2 section, without citation markers, its links led to the page', () => {
    const html = [
      '<p>前言</p>',
      '<h2 id="概况">概况</h2>',
      '<p>长沙的做法<sup><a href="#source-cs-s2">[1]</a></sup>，共<span class="fig"><a href="#source-cs-s1">863个</a></span>。</p><p>第二段</p>',
      '<h2 id="来源">来源</h2><ul><li>来源列表</li></ul>',
    ].join('');
    const sections = sectionLeads(html, '/cases/changsha/');
    expect(sections.map((s) => [s.heading, s.headingId])).toEqual([
      ['概况', '概况'],
      ['来源', '来源'],
    ]);
    expect(sections[0]?.leadHtml).toContain('长沙的做法');
    expect(sections[0]?.leadHtml).not.toContain('[1]');
    expect(sections[0]?.leadHtml).toContain('<a href="/cases/changsha/#source-cs-s1">863个</a>');
    expect(sections[0]?.leadHtml).not.toContain('第二段');
    expect(sections[1]?.leadHtml).toBe('');
  });
});

describe('splitFigures', () => {
  it('splits text around figure references', () => {
    expect(splitFigures('共:fig[cs-1]，另:fig[cs-2]')).toEqual([
      { kind: 'text', text: '共' },
      { kind: 'figure', id: 'cs-1' },
      { kind: 'text', text: '，另' },
      { kind: 'figure', id: 'cs-2' },
    ]);
    expect(splitFigures('无数字')).toEqual([{ kind: 'text', text: '无数字' }]);
  });
});

import {
  DEFAULT_CASES,
  initialSelection,
  parseCaseSelection,
} from '../../../src/lib/content/compare-selection.ts';
import { pinyinPlaceOrder } from '../../../src/lib/library/facets.ts';

describe('parseCaseSelection', () => {
  const known = ['changsha', 'guangzhou', 'jining', 'chizhou', 'zhangzhou'];
  it('keeps known slugs in page order, at most four', () => {
    expect(parseCaseSelection('jining,changsha,bogus', known)).toEqual(['changsha', 'jining']);
    expect(parseCaseSelection(known.join(','), known)).toHaveLength(4);
    expect(parseCaseSelection(null, known)).toEqual([]);
  });
  it('starts from the default three when the URL chooses none', () => {
    const all = ['changsha', 'guangzhou', 'nanchang-xihu', 'shanghai'];
    expect(initialSelection(null, all)).toEqual([...DEFAULT_CASES]);
    expect(initialSelection('bogus', all)).toEqual([...DEFAULT_CASES]);
    expect(initialSelection('guangzhou,shanghai', all)).toEqual(['guangzhou', 'shanghai']);
  });
});

import {
  decodePickerIndex,
  encodePickerIndex,
  pickerGroups,
  pickerLabel,
} from '../../../src/lib/content/compare-selection.ts';

describe('the picker’s list of cases', () => {
  const cases = [
    { slug: 'changsha', city: '长沙', province: '湖南', compared: true },
    { slug: 'zhuzhou', city: '株洲', province: '湖南', compared: false },
    { slug: 'guangzhou', city: '广州', province: '广东', compared: true },
  ];
  it('groups by province in the registry’s order and survives its compact file form', () => {
    const groups = pickerGroups(cases);
    expect(groups.map((g) => [g.province, g.cases.map((c) => c.slug)])).toEqual([
      ['湖南', ['changsha', 'zhuzhou']],
      ['广东', ['guangzhou']],
    ]);
    const file = encodePickerIndex(groups);
    expect(file.provinces[0]?.cases[1]).toEqual(['zhuzhou', '株洲', 0]);
    expect(decodePickerIndex(JSON.parse(JSON.stringify(file)) as typeof file)).toEqual(groups);
  });
  it('lists provinces in pinyin order when given the place collation, cities still in the registry’s order', () => {
    const library = [
      { slug: 'changsha', city: '长沙', province: '湖南', compared: true },
      { slug: 'chongqing', city: '重庆', province: '重庆', compared: false },
      { slug: 'guangzhou', city: '广州', province: '广东', compared: true },
      { slug: 'zhuzhou', city: '株洲', province: '湖南', compared: false },
      { slug: 'beijing', city: '北京', province: '北京', compared: false },
    ];
    const groups = pickerGroups(library, pinyinPlaceOrder());
    // 重庆 reads chóng, before guǎng and hú.
    expect(groups.map((g) => g.province)).toEqual(['北京', '重庆', '广东', '湖南']);
    expect(groups.find((g) => g.province === '湖南')?.cases.map((c) => c.slug)).toEqual([
      'changsha',
      'zhuzhou',
    ]);
  });
  it('labels a case not compared yet as such', () => {
    expect(pickerLabel({ slug: 'zhuzhou', city: '株洲', compared: false })).toBe(
      '株洲（尚未编入结构化对照）',
    );
    expect(pickerLabel({ slug: 'changsha', city: '长沙', compared: true })).toBe('长沙');
  });
});
