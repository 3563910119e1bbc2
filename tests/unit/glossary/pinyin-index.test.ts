import { describe, expect, it } from 'vitest';
import {
  comparePinyin,
  groupByInitial,
  INDEX_LETTERS,
  letterAnchor,
  letterSlug,
  pinyinInitial,
} from '../../../src/lib/glossary/pinyin-index.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { ROOT } from '../../helpers/paths.ts';

const e = (id: string, term: string, pinyin: string) => ({ id, term, pinyin });

describe('pinyinInitial', () => {
  it('is the first letter, upper-case, or # when there is none', () => {
    expect(pinyinInitial('da dang wei')).toBe('D');
    expect(pinyinInitial('  liu jia er')).toBe('L');
    expect(pinyinInitial('6 jia 2')).toBe('#');
    expect(pinyinInitial('')).toBe('#');
  });
});

describe('comparePinyin', () => {
  it('orders syllable by syllable, so a shorter syllable comes before a longer one sharing its start', () => {
    const sorted = [
      e('dou', '兜底管理', 'dou di guan li'),
      e('dang', '党群微家', 'dang qun wei jia'),
      e('dgw', '大工委', 'da gong wei'),
      e('ddw', '大党委', 'da dang wei'),
    ].sort(comparePinyin);
    expect(sorted.map((x) => x.id)).toEqual(['ddw', 'dgw', 'dang', 'dou']);
  });

  it('puts a prefix before its extensions and breaks ties by term, then id', () => {
    const sorted = [
      e('b', '两新组织', 'liang xin zu zhi'),
      e('a', '两新', 'liang xin'),
      e('d', '乙', 'yi'),
      e('c', '一', 'yi'),
      e('e', '一', 'yi'),
    ].sort(comparePinyin);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c', 'e', 'd']);
  });
});

describe('groupByInitial', () => {
  it('groups by initial in A–Z order with # last, each group sorted, empty letters left out', () => {
    const groups = groupByInitial([
      e('z', '轴心', 'zhou xin'),
      e('x', '6+2', '6 jia 2'),
      e('l2', '六有', 'liu you'),
      e('l1', '6+2', 'liu jia er'),
      e('a', 'ABC分类管理', 'a b c fen lei guan li'),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'L', 'Z', '#']);
    expect(groups.find((g) => g.letter === 'L')?.entries.map((x) => x.id)).toEqual(['l1', 'l2']);
    expect(groups.map((g) => g.anchor)).toEqual([
      'glossary-letter-a',
      'glossary-letter-l',
      'glossary-letter-z',
      'glossary-letter-other',
    ]);
    expect(letterAnchor('#')).toBe('glossary-letter-other');
    expect(letterSlug('D')).toBe('d');
    expect(letterSlug('#')).toBe('other');
  });

  it('places every real entry once, in a letter group, with well-formed pinyin', () => {
    const entries = [...loadSiteData(ROOT).glossary.values()].map((l) => l.value);
    for (const entry of entries) expect(entry.pinyin, entry.id).toMatch(/^[a-z]+( [a-z]+)*$/);
    const groups = groupByInitial(entries);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(entries.length);
    for (const group of groups) {
      expect(INDEX_LETTERS).toContain(group.letter);
      expect(group.entries).toEqual([...group.entries].sort(comparePinyin));
      for (const entry of group.entries) expect(pinyinInitial(entry.pinyin)).toBe(group.letter);
    }
  });
});
