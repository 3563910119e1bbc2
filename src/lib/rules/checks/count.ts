/**
 * count — how many members of the unit match `select`, within [min, max].
 * Placeholders: {count} {range} {min} {max} {members}.
 */
import type { z } from 'zod';
import type { countCheckSchema } from '../check-schema.ts';
import {
  boundVars,
  ids,
  judgeBounds,
  labels,
  missingFor,
  tally,
  type Evaluator,
  type PredicateCompiler,
} from './outcome.ts';

export function compileCount(check: z.infer<typeof countCheckSchema>, compile: PredicateCompiler): Evaluator {
  const select = compile(check.select);
  return ({ unit }) => {
    const { matched, unknown } = tally(unit.members, select.test);
    const status = judgeBounds(matched.length, unknown.length, check);
    return {
      status,
      members: ids(status === 'needs-info' ? unknown : matched),
      vars: { count: matched.length, members: labels(matched, unit), ...boundVars(check) },
      ...(status === 'needs-info' && { missing: missingFor(unknown, select, unit) }),
    };
  };
}
