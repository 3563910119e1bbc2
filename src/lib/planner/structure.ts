/**
 * What a schema cannot express about a plan: ids unique across the plan,
 * children deeper than their parents, street offices only under a street,
 * waivers naming units that exist, waiver reasons of at least four
 * characters once trimmed. Mirrors src/lib/plan/validate.ts (and the trim in
 * the waiver schema) without importing zod through vocabulary.ts; a unit
 * test holds the two to the same verdicts on the same plans.
 */
import type { Plan, Unit } from '../plan/schema.ts';

const label = (unit: Unit) => `单位「${unit.name ?? unit.id}」`;

export function structureProblems(plan: Plan, unitDepth: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  // Units and members share one namespace: both become DOM ids in the planner.
  const ids = new Map<string, string>();
  const units = new Set<string>();
  const claim = (id: string, what: string) => {
    const earlier = ids.get(id);
    if (earlier) problems.push(`${what}的 id「${id}」重复（已用于${earlier}）`);
    else ids.set(id, what);
  };
  const stack: Array<{ unit: Unit; parent: Unit | undefined }> = [{ unit: plan.root, parent: undefined }];
  while (stack.length > 0) {
    const { unit, parent } = stack.pop()!;
    claim(unit.id, label(unit));
    units.add(unit.id);
    if (parent && (unitDepth[unit.kind] ?? 0) <= (unitDepth[parent.kind] ?? 0)) {
      problems.push(
        `${label(unit)}（${unit.kind}）不能设在${label(parent)}（${parent.kind}）之下：下设单位须比上级低一级`,
      );
    }
    if (unit.kind === '内设机构' && parent?.kind !== '街道') {
      problems.push(`${label(unit)}：内设机构只能设在街道之下`);
    }
    if (unit.kind === '内设机构' && unit.bodyKind === undefined) {
      problems.push(`${label(unit)}：内设机构须注明类别 bodyKind（工作机构或中心）`);
    }
    if (unit.kind !== '内设机构' && unit.bodyKind !== undefined) {
      problems.push(`${label(unit)}：只有内设机构才填写 bodyKind`);
    }
    for (const member of unit.members)
      claim(member.id, `${label(unit)}的成员「${member.name ?? member.id}」`);
    for (let i = unit.children.length - 1; i >= 0; i -= 1)
      stack.push({ unit: unit.children[i]!, parent: unit });
  }
  plan.waivers.forEach((waiver, index) => {
    if (waiver.reason.trim().length < 4) problems.push(`豁免第${index + 1}项：豁免须写明理由（至少4个字）`);
    if (waiver.unit !== undefined && !units.has(waiver.unit)) {
      problems.push(`豁免第${index + 1}项：单位 id「${waiver.unit}」在方案中不存在`);
    }
  });
  return problems;
}
