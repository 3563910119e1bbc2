/**
 * The figure formatter the :fig directive and the figure tables use
 * (src/lib/figures/format.ts, shared with the components).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFigure, MISSING_MARK, MISSING_TEXT } from '../../../src/lib/figures/format.ts';
import { QUALIFIERS } from '../../../src/lib/schemas/data.ts';

const figure = (f: Partial<Parameters<typeof formatFigure>[0]>) =>
  formatFigure({ unit: '', missing: false, ...f });

describe('formatFigure', () => {
  it('prints value and unit as the source writes them', () => {
    expect(figure({ value: 863, unit: '个' })).toBe('863个');
    expect(figure({ value: 7.44, unit: '万名' })).toBe('7.44万名');
    expect(figure({ value: 873.3, unit: '平方米' })).toBe('873.3平方米');
    expect(figure({ value: 95, unit: '%' })).toBe('95%');
  });

  it('puts the qualifier before the number', () => {
    expect(figure({ value: 1.2, qualifier: '约', unit: '万名' })).toBe('约1.2万名');
    expect(figure({ value: 13, qualifier: '不超过', unit: '人' })).toBe('不超过13人');
  });

  it('joins a range as the source does (em dash by default)', () => {
    expect(figure({ value: 3, max: 5, unit: '人' })).toBe('3—5人');
    expect(figure({ value: 1, max: 3, rangeMark: '至', unit: '名' })).toBe('1至3名');
  });

  it('prints a figure written in Chinese numerals as written', () => {
    expect(figure({ value: 3, unit: '届', written: '三届' })).toBe('三届');
  });

  it('never adds thousands separators or rounds', () => {
    expect(figure({ value: 12000, unit: '名' })).toBe('12000名');
    expect(figure({ value: 0.44, unit: '万' })).toBe('0.44万');
  });

  it('prints the mark 〔缺〕 where the source lost the number, never a number', () => {
    expect(figure({ missing: true, unit: '名' })).toBe(`${MISSING_MARK}名`);
    expect(figure({ missing: true, unit: '万元', qualifier: '不少于' })).toBe('不少于〔缺〕万元');
    expect(MISSING_TEXT).toBe('原文未给出数字');
  });

  it('keeps qualifier, number and unit together without spaces, for any figure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
        fc.constantFrom('个', '万名', '平方米', '%', '人', ''),
        (value, qualifier, unit) => {
          const text = figure({ value, qualifier, unit });
          expect(text).not.toMatch(/\s/);
          expect(text).toBe(`${qualifier ?? ''}${String(value)}${unit}`);
        },
      ),
    );
  });
});
