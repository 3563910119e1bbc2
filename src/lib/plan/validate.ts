/**
 * Checks a schema-valid plan for what a schema cannot express: ids unique
 * across the plan, children deeper than their parents, street offices only
 * under a street. Returns Chinese messages; an empty list means valid.
 */
import type { Plan, Unit } from './schema.ts';
import { UNIT_DEPTH } from './vocabulary.ts';

const label = (unit: Unit) => `单位「${unit.name ?? unit.id}」`;

interface Seen {
  /** Every id claimed so far (units and members share one namespace: both become DOM ids). */
  ids: Map<string, string>;
  units: Set<string>;
}

function checkUnit(unit: Unit, parent: Unit | undefined, seen: Seen, problems: string[]): void {
  const { ids } = seen;
  const claim = (id: string, what: string) => {
    const earlier = ids.get(id);
    if (earlier) problems.push(`${what}的 id「${id}」重复（已用于${earlier}）`);
    else ids.set(id, what);
  };
  claim(unit.id, label(unit));
  seen.units.add(unit.id);
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
  for (const member of unit.members) claim(member.id, `${label(unit)}的成员「${member.name ?? member.id}」`);
  for (const child of unit.children) checkUnit(child, unit, seen, problems);
}

/** Problems a valid-shaped plan may still have, in Chinese. */
export function validatePlan(plan: Plan): string[] {
  const problems: string[] = [];
  const seen: Seen = { ids: new Map(), units: new Set() };
  checkUnit(plan.root, undefined, seen, problems);
  plan.waivers.forEach((waiver, index) => {
    if (waiver.unit !== undefined && !seen.units.has(waiver.unit)) {
      problems.push(`豁免第${index + 1}项：单位 id「${waiver.unit}」在方案中不存在`);
    }
  });
  return problems;
}
