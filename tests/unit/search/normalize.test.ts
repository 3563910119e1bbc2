import { describe, expect, it } from 'vitest';
import { latinWord, normalizeTerm, pieces } from '../../../src/lib/search/normalize.ts';

describe('normalize', () => {
  it('splits on punctuation and spaces, folds width and case', () => {
    expect(pieces('社区“大党委”')).toEqual(['社区', '大党委']);
    expect(pieces('１＋４＋Ｎ 制度')).toEqual(['1+4+n', '制度']);
    expect(pieces('令行禁止、有呼必应')).toEqual(['令行禁止', '有呼必应']);
    expect(pieces('ABC分类')).toEqual(['abc分类']);
  });

  it('keeps the + of model names but not at the edges', () => {
    expect(pieces('1+1+N+X')).toEqual(['1+1+n+x']);
    expect(pieces('生态+')).toEqual(['生态']);
  });

  it('makes one term of a spelling with quotes', () => {
    expect(normalizeTerm('社区"大党委"')).toBe('社区大党委');
    expect(normalizeTerm('“党群微家”党小组')).toBe('党群微家党小组');
  });

  it('writes Latin words the way Pagefind keeps them', () => {
    expect(latinWord('1+4+n')).toBe('14n');
    expect(latinWord('abc')).toBe('abc');
  });
});
