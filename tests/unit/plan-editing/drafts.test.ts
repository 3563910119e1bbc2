/**
 * Unfinished is not wrong: a member just added (no unit type chosen yet) is
 * 待填写 naming the field, never 不符合 or 提示, in a full check and after an
 * edit alike; choosing the unit type brings the real verdicts back. The
 * member form's first fields are the ones the chosen packs read.
 */
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/lib/plan-format/schema.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { indexPlan } from '../../../src/lib/plan-format/tree.ts';
import { checkAll, compileLive, pickPacks, recheck } from '../../../src/lib/plan-editing/check.ts';
import { liveDrafts, memberTitle } from '../../../src/lib/plan-editing/drafts.ts';
import { addMember, updateMember } from '../../../src/lib/plan-editing/edit.ts';
import { fromImported } from '../../../src/lib/plan-editing/start.ts';
import { fieldsRead } from '../../../src/lib/plan-editing/form-fields.ts';
import { data, exampleTexts } from './helpers.ts';

const fresh: Member = {
  id: 'new1',
  role: '委员',
  home: { type: '其他' },
  posts: [],
  affiliationTransferred: false,
};

function opened(name: string) {
  const read = readPlan(exampleTexts.get(name)!);
  if (!read.ok) throw new Error(read.errors.join('；'));
  const doc = fromImported(read.plan);
  const compiled = compileLive(pickPacks(data.packs, read.plan.packs ?? []), read.plan.readings);
  return { doc, compiled };
}

const naming = (results: Iterable<{ status: string; members: string[] }>, id: string) =>
  [...results].filter((r) => r.members.length === 1 && r.members[0] === id).map((r) => r.status);

describe('a member just added', () => {
  for (const name of ['xihu-dadangwei', 'xihu-zonghe', 'xihu-wangge']) {
    it(`${name}: 待填写, not 不符合, until the unit type is chosen`, () => {
      const { doc, compiled } = opened(name);
      const index = indexPlan(doc.plan);
      const added = addMember(doc, index, doc.plan.root.id, fresh, true);
      expect(added.doc.drafts).toEqual(['new1']);
      const nextIndex = indexPlan(added.doc.plan);
      const drafts = liveDrafts(added.doc.drafts, nextIndex);
      const full = checkAll(compiled, nextIndex, drafts);
      const statuses = naming(
        full.perRule.flatMap((m) => [...m.values()]),
        'new1',
      );
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['needs-info']));
      const waiting = full.perRule.flatMap((m) => [...m.values()]).find((r) => r.members[0] === 'new1')!;
      expect(waiting.message).toContain('单位类型');
      expect(waiting.message).toContain(`新成员 ${doc.plan.root.members.length + 1}`);
      // The same verdicts after the edit, re-checked in part.
      const live = checkAll(compiled, index);
      recheck(live, nextIndex, [doc.plan.root.id], drafts);
      expect(live.summary).toEqual(full.summary);

      // Choosing the unit type finishes the member: the rules judge them now.
      const chosen = updateMember(added.doc, nextIndex, doc.plan.root.id, 'new1', { home: { type: '其他' } });
      expect(chosen.doc.drafts).toEqual([]);
      const judged = checkAll(compiled, indexPlan(chosen.doc.plan), liveDrafts(chosen.doc.drafts, nextIndex));
      const after = naming(
        judged.perRule.flatMap((m) => [...m.values()]),
        'new1',
      );
      expect(after.some((s) => s === 'fail' || s === 'warn')).toBe(true);
    });
  }

  it('is named by place, never by id', () => {
    const { doc } = opened('xihu-dadangwei');
    const added = addMember(doc, indexPlan(doc.plan), doc.plan.root.id, fresh, true).doc;
    const index = indexPlan(added.plan);
    const n = added.plan.root.members.length;
    expect(memberTitle(index, 'new1', new Set(['new1']))).toBe(`新成员 ${n}`);
    expect(memberTitle(index, 'new1', new Set())).toBe(`第${n}位成员`);
  });
});

describe('the fields the packs read', () => {
  it('西湖区 社区“大党委”: 专兼职 and the 兼职委员 conditions first; 工作岗位 and 骨干 under 更多信息', () => {
    const { doc } = opened('xihu-dadangwei');
    const read = fieldsRead(pickPacks(data.packs, doc.plan.packs ?? []));
    for (const f of [
      'tenure',
      'highLevel',
      'large',
      'engaged',
      'chosenBy',
      'dualLife',
      'jointAgreement',
    ] as const)
      expect(read.has(f), f).toBe(true);
    expect(read.has('station')).toBe(false);
    expect(read.has('backbone')).toBe(false);
  });

  it('党群微家: party membership and 骨干', () => {
    const read = fieldsRead(pickPacks(data.packs, ['xihu-weijia']));
    expect([...read].sort()).toEqual(['backbone', 'chosenBy', 'partyMember']);
  });
});
