/**
 * The generated 西湖区 street (used by the bench at 3,331 units) is a valid
 * plan of the promised size that meets every 西湖区 rule, so the bench times
 * real work on a realistic plan.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_STREET, generateStreet, unitCount } from '../../../src/lib/plan-format/generate.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { indexPlan } from '../../../src/lib/plan-format/tree.ts';
import { check } from '../rules/helpers.ts';

describe('generateStreet', () => {
  it('has 1 综合党委, 30 大党委, 300 网格党支部 and 3,000 党群微家 at the budget size', () => {
    const index = indexPlan(generateStreet());
    expect(index.units).toHaveLength(unitCount(BUDGET_STREET));
    expect([...index.byKind].map(([kind, units]) => [kind, units.length])).toEqual([
      ['街道', 1],
      ['社区', 30],
      ['网格', 300],
      ['微家', 3000],
    ]);
  });

  it('is a valid plan that meets every rule of the 西湖区 packs', () => {
    const plan = generateStreet({ communities: 2, gridsPerCommunity: 2, homesPerGrid: 2 });
    expect(readPlan(plan)).toEqual({ ok: true, plan });
    const report = check(plan);
    expect(report.packs).toHaveLength(5);
    expect(report.results.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable')).toEqual([]);
  });
});
