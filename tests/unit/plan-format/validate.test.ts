/**
 * The checks a schema cannot express (validate.ts), run by both the full
 * reader and the browser's. Most are pinned through readPlan in io.test.ts;
 * this covers what the zod schema catches first, so only the browser's
 * reader (whose JSON Schema counts spaces) relies on validatePlan for it.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import type { Plan } from '../../../src/lib/plan-format/schema.ts';
import { validatePlan } from '../../../src/lib/plan-format/validate.ts';

function planWith(change: (plan: Plan) => void): Plan {
  const read = readPlan({ version: 1, title: '最小方案', root: { id: 'u', kind: '社区' } });
  if (!read.ok) throw new Error(read.errors.join('\n'));
  change(read.plan);
  return read.plan;
}

describe('validatePlan', () => {
  it('accepts a plain valid plan', () => {
    expect(validatePlan(planWith(() => undefined))).toEqual([]);
  });

  it('requires waiver reasons of four characters once trimmed', () => {
    const plan = planWith((p) => {
      p.waivers = [
        { rule: 'a', reason: '   短   ' },
        { rule: 'b', reason: '  四个字的  ' },
      ];
    });
    expect(validatePlan(plan)).toEqual(['豁免第1项：豁免须写明理由（至少4个字）']);
  });

  it('lists problems in file order, down each branch before the next', () => {
    const plan = planWith((p) => {
      p.root.children = [
        { ...p.root, id: 'a', kind: '网格', children: [{ ...p.root, id: 'a1', kind: '网格' }] },
        { ...p.root, id: 'b', kind: '社区' },
      ];
    });
    expect(validatePlan(plan)).toEqual([
      '单位「a1」（网格）不能设在单位「a」（网格）之下：下设单位须比上级低一级',
      '单位「b」（社区）不能设在单位「u」（社区）之下：下设单位须比上级低一级',
    ]);
  });
});
