/**
 * children — how many child units of the given kinds (and, for 内设机构, body
 * kind) the unit has, within [min, max] or equal to a unit field
 * (`equalsField: gridCount`: one 网格党支部 per grid).
 * Placeholders: {count} {range} {expected} {kinds}.
 */
import type { z } from 'zod';
import type { childrenCheckSchema } from '../check-schema.ts';
import { boundVars, judgeBounds, type Evaluator } from './outcome.ts';

export function compileChildren(check: z.infer<typeof childrenCheckSchema>): Evaluator {
  const kinds = new Set<string>(check.unitKinds);
  const kindText = check.bodyKind ?? check.unitKinds.join('、');
  return ({ unit }) => {
    const matching = unit.children.filter(
      (c) => kinds.has(c.kind) && (check.bodyKind === undefined || c.bodyKind === check.bodyKind),
    );
    const units = matching.map((c) => c.id);
    let bounds = { min: check.min, max: check.max };
    if (check.equalsField === 'gridCount') {
      if (unit.gridCount === undefined) {
        return {
          status: 'needs-info',
          members: [],
          units,
          vars: { count: matching.length, kinds: kindText, expected: '未知', ...boundVars(bounds) },
          missing: ['社区划分的网格数（gridCount）'],
        };
      }
      bounds = { min: unit.gridCount, max: unit.gridCount };
    }
    const status = judgeBounds(matching.length, 0, bounds);
    const vars = {
      count: matching.length,
      kinds: kindText,
      expected: boundVars(bounds)['range'] ?? '',
      ...boundVars(bounds),
    };
    return { status, members: [], units, vars };
  };
}
