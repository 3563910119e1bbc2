/**
 * Cross-field checks of a rule pack that a plain schema cannot state: ids
 * prefixed by the pack id (so they are unique across packs), defaults that
 * exist, and every member set defined exactly once under every reading and
 * free of cycles. A pack that passes compiles without surprises.
 */
import type { z } from 'zod';
import type { Check } from './check-schema.ts';
import type { MemberPredicate } from './predicate-schema.ts';
import { setsUsedBy, setsUsedByCheck } from './sets.ts';

interface PackShape {
  id: string;
  sets: Record<string, MemberPredicate>;
  readings: Array<{
    id: string;
    default: string;
    options: Array<{
      id: string;
      sets: Record<string, MemberPredicate>;
      rules: Record<string, { check?: Check | undefined }>;
    }>;
  }>;
  rules: Array<{
    id: string;
    check: Check;
    appliesTo: { when?: MemberPredicate | undefined };
    explain: { unlisted?: string | undefined };
  }>;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Where each set is defined: the pack itself or a question. */
function setOwners(
  pack: PackShape,
  issue: (message: string, path: PropertyKey[]) => void,
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const name of Object.keys(pack.sets)) owners.set(name, 'pack');
  pack.readings.forEach((question, q) => {
    const defined = question.options.map((o) => new Set(Object.keys(o.sets)));
    const all = new Set(defined.flatMap((s) => [...s]));
    for (const name of all) {
      if (owners.has(name)) issue(`集合「${name}」重复定义`, ['readings', q]);
      owners.set(name, question.id);
      if (!defined.every((s) => s.has(name))) {
        issue(`集合「${name}」须在问题 ${question.id} 的每个选项中都有定义`, ['readings', q]);
      }
    }
  });
  return owners;
}

/** Every definition a set can have (pack-level, or one per option). */
function definitionsOf(pack: PackShape, name: string): MemberPredicate[] {
  const fixed = pack.sets[name];
  if (fixed) return [fixed];
  return pack.readings.flatMap((q) => q.options.flatMap((o) => (o.sets[name] ? [o.sets[name]] : [])));
}

function hasCycle(pack: PackShape, start: string): boolean {
  const visit = (name: string, stack: Set<string>): boolean => {
    if (stack.has(name)) return true;
    stack.add(name);
    const found = definitionsOf(pack, name).some((d) => [...setsUsedBy(d)].some((n) => visit(n, stack)));
    stack.delete(name);
    return found;
  };
  return visit(start, new Set());
}

export function checkPackConsistency(pack: PackShape, ctx: z.RefinementCtx): void {
  const issue = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: 'custom', message, path });
  const ruleIds = pack.rules.map((r) => r.id);
  for (const id of duplicates(ruleIds)) issue(`规则 id「${id}」重复`, ['rules']);
  pack.rules.forEach((rule, i) => {
    if (!rule.id.startsWith(`${pack.id}-`)) issue(`规则 id 须以「${pack.id}-」开头`, ['rules', i, 'id']);
    const open = rule.check.kind === 'eligibility' && rule.check.open !== undefined;
    if (open !== (rule.explain.unlisted !== undefined)) {
      issue('列举未尽（check.open）的规则须有 explain.unlisted，其他规则不要它', ['rules', i, 'explain']);
    }
  });
  for (const id of duplicates(pack.readings.map((q) => q.id)))
    issue(`读法问题 id「${id}」重复`, ['readings']);
  pack.readings.forEach((question, q) => {
    if (!question.id.startsWith(`${pack.id}-`))
      issue(`读法问题 id 须以「${pack.id}-」开头`, ['readings', q, 'id']);
    const optionIds = question.options.map((o) => o.id);
    if (!optionIds.includes(question.default))
      issue(`默认读法「${question.default}」不在选项中`, ['readings', q, 'default']);
    for (const id of duplicates(optionIds)) issue(`选项 id「${id}」重复`, ['readings', q, 'options']);
    question.options.forEach((option, o) => {
      for (const ruleId of Object.keys(option.rules)) {
        if (!ruleIds.includes(ruleId))
          issue(`选项引用了不存在的规则「${ruleId}」`, ['readings', q, 'options', o, 'rules']);
      }
    });
  });
  const owners = setOwners(pack, issue);
  const definitions = [
    ...Object.entries(pack.sets),
    ...pack.readings.flatMap((q) => q.options.flatMap((o) => Object.entries(o.sets))),
  ];
  for (const [name, definition] of definitions) {
    if (definition.label === undefined) issue(`集合「${name}」须有中文名称 label`, ['sets']);
  }
  const used = new Set<string>();
  for (const rule of pack.rules) {
    for (const name of setsUsedByCheck(rule.check)) used.add(name);
    if (rule.appliesTo.when) setsUsedBy(rule.appliesTo.when, used);
  }
  for (const q of pack.readings) {
    for (const o of q.options) {
      for (const d of Object.values(o.sets)) setsUsedBy(d, used);
      for (const r of Object.values(o.rules))
        if (r.check) for (const n of setsUsedByCheck(r.check)) used.add(n);
    }
  }
  for (const d of Object.values(pack.sets)) setsUsedBy(d, used);
  for (const name of used) {
    if (!owners.has(name)) issue(`引用了未定义的集合「${name}」`, ['sets']);
    else if (hasCycle(pack, name)) issue(`集合「${name}」循环引用`, ['sets']);
  }
}
