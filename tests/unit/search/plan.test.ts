import { describe, expect, it } from 'vitest';
import { createDictionary } from '../../../src/lib/search/dictionary.ts';
import { indexWordsOf, planQuery } from '../../../src/lib/search/plan.ts';
import { intlWordSplitter, segmentQuery } from '../../../src/lib/search/segment.ts';

const dictionary = createDictionary({
  terms: [
    '社区',
    '大党委',
    '社区大党委',
    '社区大党委制度',
    '大工委',
    '大党工委',
    '长沙',
    '小区党支部',
    '楼长制',
  ],
  aliases: [
    ['大工委', '大党工委'],
    ['大党委', '社区大党委', '社区大党委制度'],
  ],
});
const plan = (q: string) => planQuery(segmentQuery(q, dictionary, intlWordSplitter()), dictionary);

describe('planQuery', () => {
  it('asks Pagefind for the bigram chain of what was typed', () => {
    expect(plan('大党委').variants[0]).toMatchObject({ query: '大党 党委', weight: 1, fallback: false });
    expect(indexWordsOf('7办5中心')).toEqual(['7', '办', '5', '中心']);
    expect(indexWordsOf('1+4+n')).toEqual(['14n']);
  });

  it('cuts a compound term into its terms, so a quote between them does not hide the page', () => {
    expect(plan('社区大党委').variants.map((v) => v.query)).toContain('社区 大党 党委');
  });

  it('adds equivalent spellings, but not those that contain what was typed', () => {
    const queries = plan('大工委').variants.map((v) => v.query);
    expect(queries).toEqual(['大工 工委', '大党 党工 工委']);
    const big = plan('大党委').variants.map((v) => v.query);
    expect(big).not.toContain('社区 区大 大党 党委');
    expect(big).not.toContain('社区 区大 大党 党委 委制 制度');
  });

  it('keeps the segmenter words as a fallback only', () => {
    const relaxed = plan('楼长制度').variants.filter((v) => v.fallback);
    expect(relaxed.length).toBeLessThanOrEqual(1);
    for (const v of relaxed) expect(v.weight).toBeLessThan(1);
  });

  it('searches every unit of two words or more as a phrase', () => {
    expect(plan('长沙 小区党支部').phrases).toEqual(['"小区 区党 党支 支部"']);
    expect(plan('大党委').phrases).toEqual(['"大党 党委"']);
    expect(plan('863').phrases).toEqual([]);
  });

  it('plans nothing for an empty query', () => {
    expect(plan('  ，。 ')).toEqual({ variants: [], phrases: [] });
  });
});
