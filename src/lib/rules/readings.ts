/**
 * Readings: which option of each question of a pack is in force, and which
 * questions a rule depends on (so a verdict can say "under the reading that
 * the 第一书记 counts toward 委员总数 …" and the planner can offer the switch).
 */
import type { MemberPredicate } from './predicate-schema.ts';
import { setsUsedBy, setsUsedByCheck } from './sets.ts';
import type { ReadingOption, ReadingQuestion, Rule, RulePack } from './schema.ts';

export interface ChosenReading {
  question: ReadingQuestion;
  option: ReadingOption;
  isDefault: boolean;
}

/** The option in force for each question: the user's choice if valid, else the default. */
export function chooseReadings(
  pack: RulePack,
  chosen: Readonly<Record<string, string>>,
  notices: string[],
): Map<string, ChosenReading> {
  const out = new Map<string, ChosenReading>();
  for (const question of pack.readings) {
    const wanted = chosen[question.id];
    let option = question.options.find((o) => o.id === (wanted ?? question.default));
    if (!option) {
      notices.push(`读法「${question.id}」没有选项「${wanted}」，已按默认读法「${question.default}」处理`);
      option = question.options.find((o) => o.id === question.default)!;
    }
    out.set(question.id, { question, option, isDefault: option.id === question.default });
  }
  return out;
}

/** Set definitions in force under the chosen readings. */
export function setsInForce(
  pack: RulePack,
  readings: Map<string, ChosenReading>,
): Map<string, MemberPredicate> {
  const sets = new Map<string, MemberPredicate>(Object.entries(pack.sets));
  for (const { option } of readings.values()) {
    for (const [name, predicate] of Object.entries(option.sets)) sets.set(name, predicate);
  }
  return sets;
}

/** Every set a rule may reach under any reading (its own sets and the sets those use). */
function setsReachable(pack: RulePack, rule: Rule): Set<string> {
  const seen = setsUsedByCheck(rule.check);
  if (rule.appliesTo.when) setsUsedBy(rule.appliesTo.when, seen);
  for (const q of pack.readings) {
    for (const o of q.options) {
      const override = o.rules[rule.id]?.check;
      if (override) for (const n of setsUsedByCheck(override)) seen.add(n);
    }
  }
  const queue = [...seen];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const definitions = [
      pack.sets[name],
      ...pack.readings.flatMap((q) => q.options.map((o) => o.sets[name])),
    ];
    for (const d of definitions) {
      if (!d) continue;
      for (const n of setsUsedBy(d)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
  }
  return seen;
}

/** The questions whose answer changes this rule. */
export function questionsOf(pack: RulePack, rule: Rule): ReadingQuestion[] {
  const sets = setsReachable(pack, rule);
  return pack.readings.filter((q) =>
    q.options.some((o) => o.rules[rule.id] !== undefined || Object.keys(o.sets).some((n) => sets.has(n))),
  );
}
