/**
 * eligibility — every member matching `select` satisfies `require`. With no
 * member selected the rule does not apply (a separate role or count rule
 * says whether there should be one).
 * Placeholders: {count} (members selected) {members} (failing members on
 * fail, all selected on pass).
 */
import type { z } from 'zod';
import type { eligibilityCheckSchema } from '../check-schema.ts';
import type { Member } from '../../plan/schema.ts';
import { ids, labels, missingFor, type Evaluator, type PredicateCompiler } from './outcome.ts';

export function compileEligibility(
  check: z.infer<typeof eligibilityCheckSchema>,
  compile: PredicateCompiler,
): Evaluator {
  const select = compile(check.select);
  const require = compile(check.require);
  return ({ unit }) => {
    const selected: Member[] = [];
    const failing: Member[] = [];
    const unknown: Member[] = [];
    for (const m of unit.members) {
      const chosen = select.test(m);
      if (chosen === false) continue;
      if (chosen === undefined) {
        unknown.push(m);
        continue;
      }
      selected.push(m);
      const ok = require.test(m);
      if (ok === false) failing.push(m);
      else if (ok === undefined) unknown.push(m);
    }
    const vars = { count: selected.length, members: labels(failing.length > 0 ? failing : selected) };
    if (failing.length > 0) return { status: 'fail', members: ids(failing), vars };
    if (unknown.length > 0) {
      const missing = unknown.flatMap((m) =>
        missingFor([m], select.test(m) === undefined ? select : require),
      );
      return { status: 'needs-info', members: ids(unknown), vars, missing };
    }
    if (selected.length === 0) return { status: 'not-applicable', members: [], vars };
    return { status: 'pass', members: ids(selected), vars };
  };
}
