/**
 * Waivers: a written reason to accept a warning (原则上) or an info (参考)
 * rule not being met, for one unit or all. A rule that is 必须 under the
 * readings in force cannot be waived; such a waiver is reported, not applied.
 */
import type { Waiver } from '../plan/schema.ts';
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
  const severityOf = new Map(rules.map((r) => [r.rule.id, r.severity]));
  const add = (waiver: Waiver) => {
    const severity = severityOf.get(waiver.rule);
    if (severity === undefined) {
      notices.push(`豁免所指的规则「${waiver.rule}」不在所选规则包中，已忽略`);
    } else if (severity === 'error') {
      notices.push(`规则「${waiver.rule}」是“必须”类规则，不能豁免（理由“${waiver.reason}”未采用）`);
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
    else notices.push(`第${index + 1}项豁免无效（须有规则 id 和至少4个字的理由），已忽略`);
  });
  return {
    find: (rule, unit) => byRule.get(rule)?.find((w) => w.unit === undefined || w.unit === unit),
  };
}
