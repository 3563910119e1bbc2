/**
 * The same list gives the same layouts: run twice, or with its rows in
 * another order (pasted or as records), the proposal is identical — no
 * randomness, no dependence on the order people were listed in.
 */
import { describe, expect, it } from 'vitest';
import {
  poolFromPlan,
  proposeLayouts,
  type Person,
  type ProposalResult,
} from '../../../src/lib/proposal/index.ts';
import { SAMPLE_PASTED_LIST, samplePool, seeded } from '../../../src/lib/proposal/sample-pool.ts';
import { model, packs, pasted, sources } from './helpers.ts';

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What a layout is, leaving out where each person stood in the list. */
const layouts = (result: ProposalResult) =>
  (result.ok ? result.layouts : [result.closest!]).map((l) => ({
    plan: l.plan,
    seats: l.seats.map(({ row: _row, ...rest }) => rest),
    helpers: l.helpers.map(({ row: _row, ...rest }) => rest),
    unmet: l.unmet,
    toConfirm: l.toConfirm,
  }));

const propose = (people: Person[], id: string) =>
  proposeLayouts({ people, model: model(id), packs, sources, year: 2026 });

describe('determinism', () => {
  it('the same list twice gives the same result, to the last word', () => {
    const people = samplePool(120, 3);
    expect(propose(people, 'xihu-dadangwei')).toEqual(propose(people, 'xihu-dadangwei'));
  });

  for (const id of ['xihu-dadangwei', 'xihu-zonghe', 'guangzhou', 'jining']) {
    it(`${id}: the list in any order gives the same layouts`, () => {
      const people = [...poolFromPlan(model(id).plan), ...samplePool(60, 11)];
      const expected = layouts(propose(people, id));
      for (const seed of [1, 2, 3]) expect(layouts(propose(shuffled(people, seed), id))).toEqual(expected);
    });
  }

  it('pasted rows in another order give the same layouts', () => {
    const [header, ...rows] = SAMPLE_PASTED_LIST.split('\n');
    const read = (lines: string[]) => pasted([header!, ...lines].join('\n'));
    const expected = layouts(propose(read(rows), 'xihu-dadangwei'));
    for (const seed of [4, 5, 6])
      expect(layouts(propose(read(shuffled(rows, seed)), 'xihu-dadangwei'))).toEqual(expected);
  });
});
