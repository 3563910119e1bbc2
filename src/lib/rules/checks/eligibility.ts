/**
 * eligibility — every member matching `select` satisfies `require`. With no
 * member selected the rule does not apply (a separate role or count rule
 * says whether there should be one). Where the source's list ends with 等,
 * `open` says who may still belong to it: such a member is `unlisted` (a
 * 提示 to check the passage), not failed.
 * Placeholders: {count} (members selected) {members} (the failing members on
 * fail, the unlisted ones on a 提示, all selected on pass).
 */
import type { z } from 'zod';
import type { eligibilityCheckSchema } from '../check-schema.ts';
import type { Member } from '../../plan-format/schema.ts';
import { ids, labels, missingFor, type Evaluator, type PredicateCompiler } from './outcome.ts';

export function compileEligibility(
  check: z.infer<typeof eligibilityCheckSchema>,
  compile: PredicateCompiler,
): Evaluator {
  const select = compile(check.select);
  const require = compile(check.require);
  const open = check.open ? compile(check.open) : undefined;
  return ({ unit }) => {
    const selected: Member[] = [];
    const failing: Member[] = [];
    const unlisted: Member[] = [];
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
      if (ok === true) continue;
      if (ok === undefined) {
        unknown.push(m);
        continue;
      }
      // Outside the list. If the list is open, a 提示 unless the member is plainly not of its kind.
      const belongs = open ? open.test(m) : false;
      if (belongs === false) failing.push(m);
      else if (belongs === true) unlisted.push(m);
      else unknown.push(m);
    }
    const shown = failing.length > 0 ? failing : unlisted.length > 0 ? unlisted : selected;
    const vars = { count: selected.length, members: labels(shown, unit) };
    if (failing.length > 0) return { status: 'fail', members: ids(failing), vars };
    if (unknown.length > 0) {
      const missing = unknown.flatMap((m) => {
        const unknownPart =
          select.test(m) === undefined ? select : require.test(m) === undefined || !open ? require : open;
        return missingFor([m], unknownPart, unit);
      });
      return { status: 'needs-info', members: ids(unknown), vars, missing };
    }
    if (unlisted.length > 0) return { status: 'unlisted', members: ids(unlisted), vars };
    if (selected.length === 0) return { status: 'not-applicable', members: [], vars };
    return { status: 'pass', members: ids(selected), vars };
  };
}
