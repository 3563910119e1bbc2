/**
 * checkPlan: check a plan given as file text or a parsed value. It is
 * migrated and validated first; an invalid plan is rejected with the list of
 * what is wrong (Chinese messages naming units and members). Never throws.
 */
import { readPlan } from '../plan-format/read.ts';
import { checkParsedPlan, type CheckOptions, type CheckReport } from './engine.ts';
import type { RulePack } from './schema.ts';

export type CheckOutcome = { ok: true; report: CheckReport } | { ok: false; errors: string[] };

export function checkPlan(
  input: unknown,
  packs: readonly RulePack[],
  options: CheckOptions & { maxChars?: number } = {},
): CheckOutcome {
  const parsed = readPlan(input, options);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, report: checkParsedPlan(parsed.plan, packs, options) };
}
