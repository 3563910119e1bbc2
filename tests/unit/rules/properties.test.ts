/**
 * Property tests over generated plans: the engine never throws on a valid
 * plan, is deterministic, keeps its own invariants (statuses, severities,
 * member ids it names exist), and round-trips through the file format; on
 * arbitrary JSON it answers with reasons, never with an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { serialisePlan } from '../../../src/lib/plan-format/write.ts';
import type { Member, Plan, Unit } from '../../../src/lib/plan-format/schema.ts';
import {
  CHOICE_METHODS,
  DUTY_KINDS,
  HOME_ROLES,
  HOME_TYPES,
  POSTS,
  ROLES,
  STATIONS,
  TENURES,
  VACANCY_REASONS,
  VENUES,
  type UnitKind,
} from '../../../src/lib/plan-format/vocabulary.ts';
import { checkPlan } from '../../../src/lib/rules/check.ts';
import { checkParsedPlan } from '../../../src/lib/rules/engine.ts';
import { packs } from './helpers.ts';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Drop undefined fields: the plan format has optional fields, not undefined values. */
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const memberArb: fc.Arbitrary<Omit<Member, 'id'>> = fc
  .record({
    role: pick(ROLES),
    tenure: opt(pick(TENURES)),
    home: fc
      .record({ type: pick(HOME_TYPES), highLevel: opt(fc.boolean()), large: opt(fc.boolean()) })
      .map(clean),
    homeRole: opt(pick(HOME_ROLES)),
    posts: fc.uniqueArray(pick(POSTS), { maxLength: 3 }),
    liaison: opt(fc.boolean()),
    engaged: opt(fc.boolean()),
    chosenBy: opt(pick(CHOICE_METHODS)),
    station: opt(pick(STATIONS)),
    affiliationTransferred: fc.boolean(),
  })
  .map(clean);

const CHILD_KINDS: Record<UnitKind, UnitKind[]> = {
  街道: ['社区', '内设机构'],
  内设机构: [],
  社区: ['网格', '小区'],
  小区: ['楼栋', '微家'],
  网格: ['微家', '楼栋'],
  楼栋: [],
  微家: [],
};

type Draft = Omit<Unit, 'id' | 'members' | 'children'> & {
  members: Array<Omit<Member, 'id'>>;
  children: Draft[];
};

function unitArb(kind: UnitKind, depth: number): fc.Arbitrary<Draft> {
  const children = CHILD_KINDS[kind];
  const childArb =
    depth > 0 && children.length > 0
      ? fc.array(
          pick(children).chain((k) => unitArb(k, depth - 1)),
          { maxLength: 3 },
        )
      : fc.constant([]);
  return (
    fc
      .record({
        kind: fc.constant(kind),
        // Braces are left out so that "{…}" in a message can only be an unfilled placeholder
        // (names with braces are covered by an example test in engine.test.ts).
        name: opt(fc.string({ maxLength: 8 }).filter((n) => !/[{}]/.test(n))),
        members: fc.array(memberArb, { maxLength: 14 }),
        children: childArb,
        bodyKind: kind === '内设机构' ? pick(['工作机构', '中心'] as const) : fc.constant(undefined),
        gridCount: opt(fc.nat(4)),
        venue: opt(pick(VENUES)),
        duties: opt(
          fc.array(
            fc
              .record({
                kind: pick(DUTY_KINDS),
                everyMonths: fc.integer({ min: 1, max: 24 }),
                month: opt(fc.integer({ min: 1, max: 12 })),
              })
              .map(clean),
            { maxLength: 4 },
          ),
        ),
        term: opt(
          fc
            .record({
              years: fc.integer({ min: 1, max: 6 }),
              startYear: opt(fc.integer({ min: 2015, max: 2026 })),
              syncedWithCommunityElection: opt(fc.boolean()),
            })
            .map(clean),
        ),
        vacancies: opt(
          fc.array(
            fc
              .record({
                role: pick(ROLES),
                reason: pick(VACANCY_REASONS),
                filed: opt(fc.boolean()),
                notifiedInWriting: opt(fc.boolean()),
                refill: opt(fc.boolean()),
              })
              .map(clean),
            { maxLength: 2 },
          ),
        ),
      })
      // clean() drops the undefined fields, which is what makes the record a Draft.
      .map((draft) => clean(draft) as Draft)
  );
}

/** Give every unit and member a unique id, depth first. */
function withIds(draft: Draft, counter = { n: 0 }): Unit {
  const id = `u${(counter.n += 1)}`;
  return {
    ...draft,
    id,
    members: draft.members.map((m) => ({ ...m, id: `m${(counter.n += 1)}` })),
    children: draft.children.map((c) => withIds(c, counter)),
  };
}

const questions = packs.flatMap((p) => p.readings);
const readingsArb = fc
  .array(
    fc
      .constantFrom(...questions)
      .chain((q) => fc.constantFrom(...q.options.map((o) => [q.id, o.id] as const))),
    { maxLength: 4 },
  )
  .map((pairs) => Object.fromEntries(pairs));

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    root: pick(['街道', '社区', '网格', '微家'] as const).chain((k) => unitArb(k, 3)),
    asOf: opt(fc.integer({ min: 2015, max: 2030 })),
    readings: readingsArb,
  })
  .map(({ root, asOf, readings }) =>
    clean({ version: 2 as const, title: '生成的方案', asOf, readings, waivers: [], root: withIds(root) }),
  );

function idsIn(plan: Plan) {
  const units = new Set<string>();
  const members = new Set<string>();
  const stack = [plan.root];
  while (stack.length > 0) {
    const u = stack.pop()!;
    units.add(u.id);
    for (const m of u.members) members.add(m.id);
    stack.push(...u.children);
  }
  return { units, members };
}

const RUNS = { numRuns: 150 };

describe('engine properties', () => {
  it('generated plans are valid plans', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(readPlan(plan)).toMatchObject({ ok: true });
      }),
      RUNS,
    );
  });

  it('never throws on a valid plan, and keeps its invariants', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const report = checkParsedPlan(plan, packs);
        const { units, members } = idsIn(plan);
        let total = 0;
        for (const r of report.results) {
          expect(['pass', 'fail', 'warn', 'waived', 'needs-info', 'not-applicable']).toContain(r.status);
          if (r.status === 'fail') expect(r.severity).toBe('error');
          if (r.status === 'warn') expect(r.severity).not.toBe('error');
          if (r.status === 'needs-info') expect(r.missing.length).toBeGreaterThan(0);
          if (r.unit !== undefined) expect(units.has(r.unit)).toBe(true);
          for (const id of r.members) expect(members.has(id)).toBe(true);
          for (const id of r.units) expect(units.has(id)).toBe(true);
          expect(r.message).not.toMatch(/\{\w+\}/);
          total += 1;
        }
        expect(Object.values(report.summary).reduce((a, b) => a + b, 0)).toBe(total);
        expect(report.hasErrors).toBe(report.results.some((r) => r.status === 'fail'));
      }),
      RUNS,
    );
  });

  it('is deterministic: the same plan gives the same report, copied or not', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const first = checkParsedPlan(plan, packs);
        expect(checkParsedPlan(plan, packs)).toEqual(first);
        expect(checkParsedPlan(structuredClone(plan), packs)).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it("checking some units gives exactly those units' results", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const full = checkParsedPlan(plan, packs);
        const target = plan.root.children[0]?.id ?? plan.root.id;
        const partial = checkParsedPlan(plan, packs, { units: [target] });
        expect(partial.results).toEqual(full.results.filter((r) => r.unit === target));
      }),
      { numRuns: 60 },
    );
  });

  it('round-trips through the file format', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const parsed = readPlan(plan);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(readPlan(serialisePlan(parsed.plan))).toEqual(parsed);
      }),
      { numRuns: 60 },
    );
  });

  it('answers arbitrary JSON with reasons, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = checkPlan(value, packs);
        if (!outcome.ok) expect(outcome.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
