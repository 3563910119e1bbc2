/**
 * Unfinished is not wrong. A member just added has no unit type yet (the
 * plan format needs one, so the file says 其他 until it is chosen): until the
 * secretary picks it, verdicts that fault only such members say 待填写 and
 * name the field to fill, instead of 不符合 or 提示. Rules that count a whole
 * committee still count them: a thirteenth member is a thirteenth member.
 */
import type { PlanIndex } from '../plan-format/tree.ts';
import type { RuleResult } from '../rules/result.ts';

/** The field a new member must fill before the rules judge them. */
export const DRAFT_FIELD = '单位类型';

/** How the planner names a member without a name: "新成员 3" while unfinished, else "第3位成员". */
export function unnamedLabel(position: number, draft: boolean): string {
  return draft ? `新成员 ${position}` : `第${position}位成员`;
}

/** A member's label in the planner: the name, or their place in the unit. */
export function memberTitle(index: PlanIndex, memberId: string, drafts: ReadonlySet<string>): string {
  for (const { unit } of index.units) {
    const at = unit.members.findIndex((m) => m.id === memberId);
    if (at < 0) continue;
    return unit.members[at]!.name ?? unnamedLabel(at + 1, drafts.has(memberId));
  }
  return '这名成员';
}

/** The verdict as the planner shows it: 待填写 when it faults only members still unfinished. */
export function pendingIfDraft(r: RuleResult, drafts: ReadonlySet<string>, index: PlanIndex): RuleResult {
  if (drafts.size === 0 || (r.status !== 'fail' && r.status !== 'warn')) return r;
  if (r.members.length === 0 || !r.members.every((id) => drafts.has(id))) return r;
  const who = r.members.map((id) => memberTitle(index, id, drafts)).join('、');
  return {
    ...r,
    status: 'needs-info',
    message: `待填写：先选好${who}的${DRAFT_FIELD}，这一条才能核对。`,
    missing: r.members.map((id) => `${memberTitle(index, id, drafts)}的${DRAFT_FIELD}`),
    fix: undefined,
  };
}

/** Drafts still in the plan (a member removed or undone is no longer one). */
export function liveDrafts(drafts: readonly string[] | undefined, index: PlanIndex): Set<string> {
  if (!drafts || drafts.length === 0) return new Set();
  const present = new Set(index.units.flatMap((e) => e.unit.members.map((m) => m.id)));
  return new Set(drafts.filter((id) => present.has(id)));
}
