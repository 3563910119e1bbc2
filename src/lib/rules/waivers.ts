/**
 * Waivers: a written reason to accept a warning (原则上) or an info (参考)
 * rule not being met, for one unit or all. A rule that is 必须 under the
 * readings in force cannot be waived; such a waiver is reported, not applied
 * — except for a 必须 rule whose list the source leaves open (等): its 提示
 * for a member outside the list may be waived, its failures never.
 */
import type { Waiver } from '../plan-format/schema.ts';
import type { CompiledRule } from './compile.ts';

/**
 * A waiver from options, checked by hand rather than with the zod schema so
 * that the engine stays free of zod (the planner loads it up front).
 * Same rules as waiverSchema: a rule id, maybe a unit id, a reason of 4+ characters.
 */
function asWaiver(raw: unknown): Waiver | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { rule, unit, reason } = raw as Record<string, unknown>;
  if (typeof rule !== 'string' || rule === '' || typeof reason !== 'string' || reason.trim().length < 4)
    return undefined;
  if (unit !== undefined && typeof unit !== 'string') return undefined;
  return { rule, reason: reason.trim(), ...(unit !== undefined && { unit }) };
}

export interface WaiverBook {
  /** The waiver covering this rule on this unit, if any. */
  find(rule: string, unit: string | undefined): Waiver | undefined;
}

/** Validate waivers from options (they may come from anywhere) and index them by rule. */
export function collectWaivers(
  fromPlan: readonly Waiver[],
  fromOptions: readonly unknown[],
  rules: readonly CompiledRule[],
  notices: string[],
): WaiverBook {
  const byRule = new Map<string, Waiver[]>();
  const byId = new Map(rules.map((r) => [r.rule.id, r]));
  const add = (waiver: Waiver) => {
    const compiled = byId.get(waiver.rule);
    const open = compiled?.check.kind === 'eligibility' && compiled.check.open !== undefined;
    if (compiled === undefined) {
      notices.push(`有一项豁免所指的规则不在所选的规则包中，已忽略（理由“${waiver.reason}”）`);
    } else if (compiled.severity === 'error' && !open) {
      notices.push(`“${compiled.rule.title}”是“必须”类规则，不能豁免（理由“${waiver.reason}”未采用）`);
    } else {
      const list = byRule.get(waiver.rule);
      if (list) list.push(waiver);
      else byRule.set(waiver.rule, [waiver]);
    }
  };
  fromPlan.forEach(add);
  fromOptions.forEach((raw, index) => {
    const waiver = asWaiver(raw);
    if (waiver) add(waiver);
    else notices.push(`第${index + 1}项豁免无效（须指明规则，并写明至少4个字的理由），已忽略`);
  });
  return {
    find: (rule, unit) => byRule.get(rule)?.find((w) => w.unit === undefined || w.unit === unit),
  };
}
