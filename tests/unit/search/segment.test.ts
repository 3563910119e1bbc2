import { describe, expect, it } from 'vitest';
import { createDictionary } from '../../../src/lib/search/dictionary.ts';
import { decompose, intlWordSplitter, segmentQuery } from '../../../src/lib/search/segment.ts';

const dictionary = createDictionary({
  terms: ['长沙', '小区党支部', '社区', '大党委', '社区大党委', '网格', '兼职委员', '西湖区', '7办5中心'],
  aliases: [],
});
const split = intlWordSplitter();
const texts = (q: string) => segmentQuery(q, dictionary, split).map((u) => `${u.kind}:${u.text}`);

describe('segmentQuery', () => {
  it('cuts by the longest dictionary term first', () => {
    expect(texts('长沙小区党支部')).toEqual(['term:长沙', 'term:小区党支部']);
    expect(texts('社区大党委')).toEqual(['term:社区大党委']);
    expect(texts('7办5中心')).toEqual(['term:7办5中心']);
  });

  it('keeps text between terms whole, with its segmenter words', () => {
    const units = segmentQuery('西湖区兼职委员任期', dictionary, split);
    expect(units.map((u) => u.text)).toEqual(['西湖区', '兼职委员', '任期']);
    expect(units[2]).toMatchObject({ kind: 'text', words: ['任期'] });
  });

  it('joins a lone character to its neighbour instead of searching it alone', () => {
    expect(texts('网格员')).toEqual(['text:网格员']);
    expect(texts('大长沙')).toEqual(['text:大长沙']);
  });

  it('treats spaces and punctuation as breaks, and letters as their own units', () => {
    expect(texts('长沙 小区党支部')).toEqual(['term:长沙', 'term:小区党支部']);
    expect(texts('ABC分类')).toEqual(['latin:abc', 'text:分类']);
  });

  it('finds the terms a compound term is made of', () => {
    expect(decompose('社区大党委', dictionary)).toEqual(['社区', '大党委']);
    expect(decompose('大党委', dictionary)).toBeUndefined();
    expect(decompose('兼职委员', dictionary)).toBeUndefined();
  });
});
