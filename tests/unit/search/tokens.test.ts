import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bigramChain,
  detokenize,
  detokenizeWords,
  splitWords,
  tokenizeForIndex,
} from '../../../src/lib/search/tokens.ts';

describe('bigram tokens', () => {
  it('indexes a Han run as its bigrams, a lone character as itself', () => {
    expect(bigramChain('党建工作')).toEqual(['党建', '建工', '工作']);
    expect(bigramChain('党')).toEqual(['党']);
  });

  it('queries a run by its bigrams only', () => {
    expect(bigramChain('大党委')).toEqual(['大党', '党委']);
    expect(bigramChain('党建')).toEqual(['党建']);
    expect(bigramChain('党')).toEqual(['党']);
  });

  it('separates digits, Latin words and punctuation from Han runs, keeping 1+4+N and 7.44 whole', () => {
    expect(splitWords(tokenizeForIndex('建立小区党支部863个。'))).toEqual([
      '建立',
      '立小',
      '小区',
      '区党',
      '党支',
      '支部',
      '863',
      '个',
      '。',
    ]);
    expect(splitWords(tokenizeForIndex('“1+4+N”制度'))).toEqual(['“', '1+4+N', '”', '制度']);
    expect(splitWords(tokenizeForIndex('7.44万名'))).toEqual(['7.44', '万名']);
  });

  it('reads indexed text back as the original', () => {
    for (const text of [
      '城市基层党建',
      '社区“大党委”',
      '共建立小区党支部863个，其中521个',
      '“1+4+N”制度体系',
      'ABC分类管理',
    ]) {
      expect(detokenize(tokenizeForIndex(text))).toBe(text);
    }
  });

  it('reads back any text without spaces (property)', () => {
    const han = fc.constantFrom(...'党建网格社区大委员会一二三');
    const other = fc.constantFrom('，', '。', '“', '”', '（', '）', '1', '863', 'A', 'x', '+');
    const text = fc.array(fc.oneof(han, han, other), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        // A lone "+" between non-words is dropped by design only at the edges of a word; compare what survives.
        expect(detokenize(tokenizeForIndex(s)).replace(/\s/g, '')).toBe(s);
      }),
    );
  });

  it('gives every word of a chain its first character (the last word both), so highlights can be placed', () => {
    const words = splitWords(tokenizeForIndex('网格党支部，863'));
    const { pieces } = detokenizeWords(words);
    expect(pieces).toEqual(['网', '格', '党', '支部', '，', '863']);
  });

  it('reads a chain cut short at its start (an excerpt window)', () => {
    expect(detokenize('市基 基层 层党 党建')).toBe('市基层党建');
  });
});
