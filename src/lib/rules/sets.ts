/**
 * Which named member sets a predicate or a check refers to: for checking a
 * pack's consistency and for finding the readings a rule depends on. Kept
 * apart from the schemas so the engine does not load zod.
 */
import type { Check } from './check-schema.ts';
import type { MemberPredicate } from './predicate-schema.ts';

/** Names of the sets a predicate refers to, directly or inside anyOf/not. */
export function setsUsedBy(predicate: MemberPredicate, out: Set<string> = new Set()): Set<string> {
  if (predicate.set !== undefined) out.add(predicate.set);
  for (const alternative of predicate.anyOf ?? []) setsUsedBy(alternative, out);
  if (predicate.not) setsUsedBy(predicate.not, out);
  return out;
}

/** The member predicates inside a check. */
function predicatesOf(check: Check): MemberPredicate[] {
  switch (check.kind) {
    case 'count':
    case 'parity':
      return [check.select];
    case 'eligibility':
      return [check.select, check.require, ...(check.open ? [check.open] : [])];
    default:
      return [];
  }
}

/** Sets a check refers to. */
export function setsUsedByCheck(check: Check): Set<string> {
  const out = new Set<string>();
  for (const predicate of predicatesOf(check)) setsUsedBy(predicate, out);
  return out;
}
