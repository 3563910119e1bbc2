/**
 * Which member fields the chosen rule packs read, so the member form can put
 * them first (with a one-line hint each) and the rest under 更多信息. Read
 * from the packs' member predicates (and the named sets they use), the same
 * data the engine compiles.
 */
import type { RulePack } from '../rules/schema.ts';

/** Member fields a predicate can test, in the form's order. */
export const PREDICATE_FIELDS = [
  'partyMember',
  'tenure',
  'homeRole',
  'posts',
  'highLevel',
  'large',
  'engaged',
  'liaison',
  'backbone',
  'chosenBy',
  'dualLife',
  'jointAgreement',
  'station',
  'affiliationTransferred',
] as const;
export type PredicateField = (typeof PREDICATE_FIELDS)[number];

const KNOWN = new Set<string>(PREDICATE_FIELDS);

/** The fields any predicate of these packs tests (a walk over the packs' data: predicates sit at many depths). */
export function fieldsRead(packs: readonly RulePack[]): Set<PredicateField> {
  const found = new Set<PredicateField>();
  const stack: unknown[] = [...packs];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (KNOWN.has(key)) found.add(key as PredicateField);
        stack.push(child);
      }
    }
  }
  return found;
}
