/**
 * Checks a schema-valid plan for what a schema cannot express: ids unique
 * across the plan, children deeper than their parents, street offices only
 * under a street, units listed for structure only (outline) without people,
 * waivers naming units that exist. Returns Chinese messages;
 * an empty list means valid.
 *
 * Without zod, so the browser's reader (src/lib/plan-editing/read.ts) runs these
 * same checks after its JSON Schema check. It also checks waiver reasons are
 * at least four characters once trimmed: the zod schema already does, the
 * JSON Schema cannot (it counts the spaces).
 */
import type { Plan, Unit } from './schema.ts';
import { UNIT_DEPTH } from './depth.ts';

const label = (unit: Unit) => `单位「${unit.name ?? unit.id}」`;

/** Problems a valid-shaped plan may still have, in Chinese. */
export function validatePlan(plan: Plan): string[] {
  const problems: string[] = [];
  // Units and members share one namespace: both become DOM ids in the planner.
  const ids = new Map<string, string>();
  const units = new Set<string>();
  const claim = (id: string, what: string) => {
    const earlier = ids.get(id);
    if (earlier) problems.push(`${what}的 id「${id}」重复（已用于${earlier}）`);
    else ids.set(id, what);
  };
  // A stack, not recursion, so a deep tree cannot exhaust the call stack; children
  // are pushed last-first to visit them in file order.
  const stack: Array<{ unit: Unit; parent: Unit | undefined }> = [{ unit: plan.root, parent: undefined }];
  while (stack.length > 0) {
    const { unit, parent } = stack.pop()!;
    claim(unit.id, label(unit));
    units.add(unit.id);
    if (parent && UNIT_DEPTH[unit.kind] <= UNIT_DEPTH[parent.kind]) {
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
    if (unit.outline && (unit.members.length > 0 || (unit.participants ?? []).length > 0)) {
      problems.push(`${label(unit)}标为“只列结构”，不能同时填写成员或参与者：要排它的班子，先取消“只列结构”`);
    }
    for (const member of unit.members)
      claim(member.id, `${label(unit)}的成员「${member.name ?? member.id}」`);
    for (const person of unit.participants ?? [])
      claim(person.id, `${label(unit)}的参与者「${person.name ?? person.id}」`);
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
