import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { generateStreet } from '../../../src/lib/plan-format/generate.ts';
import type { Plan } from '../../../src/lib/plan-format/schema.ts';
import { indexPlan } from '../../../src/lib/plan-format/tree.ts';
import { checkParsedPlan } from '../../../src/lib/rules/engine.ts';
import {
  checkAll,
  compileLive,
  liveReport,
  pickPacks,
  recheck,
} from '../../../src/lib/plan-editing/check.ts';
import { data, exampleTexts, packs } from './helpers.ts';

function plan(name: string): Plan {
  const parsed = readPlan(exampleTexts.get(name)!);
  if (!parsed.ok) throw new Error(parsed.errors.join('；'));
  return parsed.plan;
}

function live(p: Plan, packIds: string[], readings: Record<string, string> = {}) {
  const compiled = compileLive(pickPacks(data.packs, packIds), { ...p.readings, ...readings });
  return checkAll(compiled, indexPlan(p));
}

/** JSON round trip: drops the functions and identity the two reports need not share. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("the planner engine gives the lib engine's verdicts", () => {
  for (const name of exampleTexts.keys()) {
    it(`${name}, own packs and every pack`, () => {
      const p = plan(name);
      for (const ids of [p.packs ?? [], packs.map((x) => x.id)]) {
        const expected = checkParsedPlan(p, packs, { packs: ids });
        expect(plain(liveReport(live(p, ids)))).toEqual(plain(expected));
      }
    });
  }

  it('under every reading option of every question', () => {
    const p = plan('xihu-street');
    const ids = packs.map((x) => x.id);
    for (const pack of packs) {
      for (const question of pack.readings) {
        for (const option of question.options) {
          const readings = { [question.id]: option.id };
          const expected = checkParsedPlan(p, packs, { packs: ids, readings });
          expect(plain(liveReport(live(p, ids, readings)))).toEqual(plain(expected));
        }
      }
    }
  });

  it('with waivers, including one aimed at a 必须 rule and an unknown one', () => {
    const p: Plan = {
      ...plan('xihu-dadangwei.broken.12-members'),
      waivers: [
        { rule: 'xihu-dadangwei-total-max', reason: '本届为过渡安排，下届调整' },
        { rule: 'xihu-dadangwei-first-secretary', reason: '试图豁免必须类规则' },
        { rule: 'no-such-rule', reason: '不存在的规则' },
      ],
    };
    const expected = checkParsedPlan(p, packs, { packs: p.packs! });
    const got = liveReport(live(p, p.packs!));
    expect(plain(got)).toEqual(plain(expected));
    expect(got.summary.waived).toBeGreaterThan(0);
    expect(got.notices.length).toBe(2);
  });
});

describe('re-checking only the units an edit touched', () => {
  it('matches a full check after a member is added, a unit removed and a unit added', () => {
    const street = generateStreet({ communities: 3, gridsPerCommunity: 2, homesPerGrid: 2 });
    const ids = street.packs!;
    const state = live(street, ids);
    // Add a 12th member to community c2.
    const c2 = street.root.children[1]!;
    const extra = { ...c2.members[10]!, id: 'c2-extra' };
    const edited: Plan = {
      ...street,
      root: {
        ...street.root,
        children: [
          street.root.children[0]!,
          { ...c2, members: [...c2.members, extra] },
          // community c3 removed; a new grid-less community added
          {
            ...street.root.children[2]!,
            id: 'c9',
            children: [],
            gridCount: 0,
            members: street.root.children[2]!.members.map((m) => ({ ...m, id: `${m.id}-n` })),
          },
        ],
      },
    };
    const removed = [
      street.root.children[2]!,
      ...street.root.children[2]!.children,
      ...street.root.children[2]!.children.flatMap((g) => g.children),
    ].map((u) => u.id);
    const changes = recheck(state, indexPlan(edited), ['c2', 'c9', 's', ...removed]);
    expect(plain(liveReport(state))).toEqual(plain(checkParsedPlan(edited, packs, { packs: ids })));
    expect(
      changes.some((c) => c.after?.rule === 'xihu-dadangwei-total-max' && c.after.status === 'warn'),
    ).toBe(true);
  });

  it('switches between "no unit of this kind" and per-unit verdicts', () => {
    const p = plan('xihu-weijia');
    const state = live(p, ['xihu-weijia', 'xihu-wangge']);
    const wrapped: Plan = {
      ...p,
      root: { id: 'g1', kind: '网格', members: [], children: [p.root] },
    };
    // The wrapped unit moved: its path changed, so it is in scope too.
    recheck(state, indexPlan(wrapped), ['g1', p.root.id]);
    expect(plain(liveReport(state))).toEqual(
      plain(checkParsedPlan(wrapped, packs, { packs: ['xihu-weijia', 'xihu-wangge'] })),
    );
    recheck(state, indexPlan(p), ['g1', p.root.id]);
    expect(plain(liveReport(state))).toEqual(
      plain(checkParsedPlan(p, packs, { packs: ['xihu-weijia', 'xihu-wangge'] })),
    );
  });
});

describe('marks in the editor and the chart', () => {
  it('a size rule marks the unit, an eligibility rule the member', async () => {
    const { marksOf } = await import('../../../src/lib/plan-editing/verdict-view.ts');
    const twelve = plan('xihu-dadangwei.broken.12-members');
    const marks = marksOf(live(twelve, twelve.packs!));
    expect(marks.get(twelve.root.id)).toBe('warn');
    expect(twelve.root.members.some((m) => marks.has(m.id))).toBe(false);
    const moved = plan('xihu-dadangwei.broken.affiliation-moved');
    const movedMarks = marksOf(live(moved, moved.packs!));
    const mover = moved.root.members.find((m) => m.affiliationTransferred)!;
    expect(movedMarks.get(mover.id)).toBe('fail');
  });
});
