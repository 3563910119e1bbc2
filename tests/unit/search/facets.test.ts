import { describe, expect, it } from 'vitest';
import { applySelection, countFacets, type Membership } from '../../../src/lib/search/facets.ts';

const membership: Membership = new Map([
  [
    '类型',
    new Map([
      ['案例', new Set(['cs', 'gz', 'xh'])],
      ['专题', new Set(['regional'])],
    ]),
  ],
  [
    '城市',
    new Map([
      ['长沙', new Set(['cs'])],
      ['广州', new Set(['gz'])],
      ['南昌西湖区', new Set(['xh'])],
    ]),
  ],
]);
const ids = ['regional', 'xh', 'cs', 'gz'];

describe('facets', () => {
  it('ORs values of a facet and ANDs facets, keeping the ranking order', () => {
    expect(applySelection(ids, membership, { 城市: ['长沙', '广州'] })).toEqual(['cs', 'gz']);
    expect(applySelection(ids, membership, { 类型: ['专题'], 城市: ['长沙'] })).toEqual([]);
    expect(applySelection(ids, membership, {})).toEqual(ids);
  });

  it('counts each value with the other facets applied, in the given facet order', () => {
    const counts = countFacets(ids, membership, { 城市: ['长沙'] }, ['类型', '城市']);
    expect(counts.map((c) => c.facet)).toEqual(['类型', '城市']);
    expect(counts[0]?.values).toEqual([{ value: '案例', count: 1 }]);
    // 城市 ignores its own selection so the reader can switch cities.
    expect(counts[1]?.values.map((v) => v.count)).toEqual([1, 1, 1]);
  });

  it('keeps a ticked value that the rest of the selection empties', () => {
    const counts = countFacets(['regional'], membership, { 城市: ['长沙'] }, ['类型', '城市']);
    expect(counts[1]?.values).toEqual([{ value: '长沙', count: 0 }]);
  });
});
