import { describe, expect, it } from 'vitest';
import { mergeOutcomes } from '../../../src/lib/search/merge.ts';
import type { PagefindResult } from '../../../src/lib/search/pagefind-types.ts';
import type { SearchVariant } from '../../../src/lib/search/plan.ts';

const result = (id: string, score: number): PagefindResult => ({
  id,
  score,
  words: [],
  data: () => Promise.reject(new Error('not loaded in this test')),
});
const variant = (query: string, weight: number): SearchVariant => ({
  query,
  weight,
  fallback: false,
  note: '',
});

describe('mergeOutcomes', () => {
  it('scores per word of the search, so longer searches do not win by length', () => {
    const merged = mergeOutcomes([
      { variant: variant('大工 工委', 1), results: [result('a', 4)] },
      { variant: variant('大党 党工 工委', 1), results: [result('b', 5)] },
    ]);
    expect(merged.map((r) => [r.id, r.score])).toEqual([
      ['a', 2],
      ['b', 5 / 3],
    ]);
  });

  it('keeps the best score of a page found by several searches, with its weight applied', () => {
    const merged = mergeOutcomes([
      { variant: variant('x', 1), results: [result('a', 1)] },
      { variant: variant('y', 0.5), results: [result('a', 4), result('b', 1)] },
    ]);
    expect(merged[0]).toMatchObject({ id: 'a', score: 2 });
    expect(merged[0]?.variant.query).toBe('y');
    expect(merged[1]).toMatchObject({ id: 'b', score: 0.5 });
  });

  it('gives pages with the phrases a bonus in proportion', () => {
    const merged = mergeOutcomes(
      [{ variant: variant('x', 1), results: [result('a', 1), result('b', 1), result('c', 1)] }],
      { phraseHits: [new Set(['a', 'b']), new Set(['a'])], phraseBonus: 0.5 },
    );
    expect(Object.fromEntries(merged.map((r) => [r.id, r.score]))).toEqual({ a: 1.5, b: 1.25, c: 1 });
  });

  it('weighs records (glossary entries) down', () => {
    const merged = mergeOutcomes(
      [{ variant: variant('x', 1), results: [result('entry', 4), result('page', 2)] }],
      {
        records: new Set(['entry']),
        recordWeight: 0.25,
      },
    );
    expect(merged.map((r) => [r.id, r.score])).toEqual([
      ['page', 2],
      ['entry', 1],
    ]);
  });
});
