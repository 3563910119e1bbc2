/**
 * parity — the number of members matching `select` is odd (or even).
 * Placeholders: {count} {parity} (奇数/偶数) {members}.
 */
import type { z } from 'zod';
import type { parityCheckSchema } from '../check-schema.ts';
import { ids, labels, missingFor, tally, type Evaluator, type PredicateCompiler } from './outcome.ts';

export function compileParity(
  check: z.infer<typeof parityCheckSchema>,
  compile: PredicateCompiler,
): Evaluator {
  const select = compile(check.select);
  const remainder = check.parity === 'odd' ? 1 : 0;
  return ({ unit }) => {
    const { matched, unknown } = tally(unit.members, select.test);
    const vars = {
      count: matched.length,
      parity: check.parity === 'odd' ? '奇数' : '偶数',
      members: labels(matched, unit),
    };
    if (unknown.length > 0) {
      return {
        status: 'needs-info',
        members: ids(unknown),
        vars,
        missing: missingFor(unknown, select, unit),
      };
    }
    return { status: matched.length % 2 === remainder ? 'pass' : 'fail', members: ids(matched), vars };
  };
}
