/**
 * Compiles packs under chosen readings into evaluators, once; the planner
 * keeps the result and re-runs it on every edit.
 */
import type { UnitKind } from '../plan-format/vocabulary.ts';
import type { Check } from './check-schema.ts';
import { compileCheck } from './checks/index.ts';
import type { Evaluator } from './checks/outcome.ts';
import { compilePredicate, type CompiledPredicate } from './predicates.ts';
import type { MemberPredicate } from './predicate-schema.ts';
import { chooseReadings, questionsOf, setsInForce, type ChosenReading } from './readings.ts';
import type { Rule, RulePack } from './schema.ts';
import type { Severity } from './labels.ts';

export interface CompiledRule {
  pack: RulePack;
  rule: Rule;
  /** Severity under the chosen readings. */
  severity: Severity;
  /** Check under the chosen readings. */
  check: Check;
  /** The questions this rule depends on, with the option in force. */
  readings: ChosenReading[];
  kinds: ReadonlySet<UnitKind>;
  /** appliesTo.when, compiled. */
  when: CompiledPredicate | undefined;
  evaluate: Evaluator;
}

export interface CompiledRules {
  packs: RulePack[];
  rules: CompiledRule[];
  /** Every question of the packs with its option in force. */
  readings: ChosenReading[];
  notices: string[];
}

function predicateCompiler(sets: Map<string, MemberPredicate>) {
  const memo = new Map<string, CompiledPredicate>();
  const resolve = (name: string): CompiledPredicate => {
    const cached = memo.get(name);
    if (cached) return cached;
    const definition = sets.get(name);
    // Pack validation guarantees the set exists and has no cycle; match nothing otherwise.
    const compiled = definition
      ? compilePredicate(definition, resolve)
      : { test: () => false, optionalFields: new Set<never>() };
    memo.set(name, compiled);
    return compiled;
  };
  return (p: MemberPredicate) => compilePredicate(p, resolve);
}

function compileRule(
  pack: RulePack,
  rule: Rule,
  readings: Map<string, ChosenReading>,
  compile: ReturnType<typeof predicateCompiler>,
): CompiledRule {
  let severity: Severity = rule.severity;
  let check: Check = rule.check;
  for (const { option } of readings.values()) {
    const override = option.rules[rule.id];
    if (override?.severity) severity = override.severity;
    if (override?.check) check = override.check;
  }
  return {
    pack,
    rule,
    severity,
    check,
    readings: questionsOf(pack, rule).map((q) => readings.get(q.id)!),
    kinds: new Set(rule.appliesTo.kinds),
    when: rule.appliesTo.when ? compile(rule.appliesTo.when) : undefined,
    evaluate: compileCheck(check, compile),
  };
}

/** Compile packs with the given readings ({ question id: option id }); unknown choices become notices. */
export function compileRules(
  packs: readonly RulePack[],
  chosen: Readonly<Record<string, string>> = {},
): CompiledRules {
  const notices: string[] = [];
  const known = new Set(packs.flatMap((p) => p.readings.map((q) => q.id)));
  for (const id of Object.keys(chosen)) {
    if (!known.has(id)) notices.push(`所选规则包中没有读法问题「${id}」，已忽略`);
  }
  const rules: CompiledRule[] = [];
  const readings: ChosenReading[] = [];
  for (const pack of packs) {
    const inForce = chooseReadings(pack, chosen, notices);
    readings.push(...inForce.values());
    const compile = predicateCompiler(setsInForce(pack, inForce));
    for (const rule of pack.rules) rules.push(compileRule(pack, rule, inForce, compile));
  }
  return { packs: [...packs], rules, readings, notices };
}
