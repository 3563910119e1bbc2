/**
 * Edits, undo and the incremental re-check, over random sequences of edits:
 * every edit leaves a valid plan (the full reader accepts it), copies only
 * the units on the way to the edited one, re-checking just its scope gives
 * exactly a full check, and undoing everything gives back the start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStreet } from '../../../src/lib/plan-format/generate.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import type { Member, Plan } from '../../../src/lib/plan-format/schema.ts';
import { indexPlan, type PlanIndex } from '../../../src/lib/plan-format/tree.ts';
import { checkParsedPlan } from '../../../src/lib/rules/engine.ts';
import {
  checkAll,
  compileLive,
  liveReport,
  pickPacks,
  recheck,
} from '../../../src/lib/plan-editing/check.ts';
import type { PlannerDoc } from '../../../src/lib/plan-editing/doc.ts';
import * as E from '../../../src/lib/plan-editing/edit.ts';
import { addLocalUnit, setChildCount, updateLocalUnit } from '../../../src/lib/plan-editing/edit-bulk.ts';
import { emptyHistory, record, redo, undo } from '../../../src/lib/plan-editing/history.ts';
import { freshId, idsIn } from '../../../src/lib/plan-editing/ids.ts';
import { fromTemplate } from '../../../src/lib/plan-editing/start.ts';
import { data, packs } from './helpers.ts';

type Op = { op: number; a: number; b: number };
const ROLES: Member['role'][] = ['委员', '副书记', '书记', '第一书记', '组织员'];

/** One edit chosen by numbers, always applicable to the current plan (or nothing). */
function apply(doc: PlannerDoc, index: PlanIndex, { op, a, b }: Op): E.Edit | undefined {
  const units = index.units;
  const entry = units[a % units.length]!;
  const unit = entry.unit;
  const member = unit.members[b % Math.max(1, unit.members.length)];
  const taken = idsIn(index);
  switch (op % 13) {
    case 0:
      return E.addMember(doc, index, unit.id, {
        id: freshId('m', taken),
        role: ROLES[b % ROLES.length]!,
        home: { type: '驻区单位' },
        posts: [],
        affiliationTransferred: false,
      });
    case 1:
      return member && E.removeMember(doc, index, unit.id, member.id);
    case 2:
      return (
        member &&
        E.updateMember(doc, index, unit.id, member.id, {
          role: ROLES[b % ROLES.length]!,
          tenure: b % 2 ? '专职' : undefined,
        })
      );
    case 3:
      return member && E.moveMember(doc, index, unit.id, member.id, b % 2 ? 1 : -1);
    case 4: {
      const kind =
        unit.kind === '街道'
          ? '社区'
          : unit.kind === '社区'
            ? '网格'
            : unit.kind === '网格'
              ? '微家'
              : undefined;
      return kind && E.addChild(doc, index, unit.id, E.blankUnit(kind, taken));
    }
    case 5:
      return E.removeUnit(doc, index, unit.id);
    case 6:
      return E.moveUnit(doc, index, unit.id, b % 2 ? 1 : -1);
    case 7:
      return E.updateUnit(doc, index, unit.id, { name: `改名${b}` });
    case 8: {
      const kind = unit.kind === '社区' ? '网格' : unit.kind === '网格' ? '微家' : undefined;
      return kind && setChildCount(doc, index, [unit.id], kind, b % 4);
    }
    case 9:
      return E.setPlanFields(doc, { asOf: 2020 + (b % 8) });
    case 10: {
      const question = packs.flatMap((p) => p.readings)[b % 10];
      const option = question?.options[a % question.options.length];
      return question && option && E.setReading(doc, question.id, option.id, option.id === question.default);
    }
    case 11:
      return E.setWaiver(
        doc,
        'xihu-dadangwei-total-max',
        b % 2 ? unit.id : undefined,
        b % 3 ? '过渡期的安排，下届调整' : undefined,
      );
    default: {
      const added = addLocalUnit(doc, { type: '驻区单位', name: `单位${b % 3}` });
      if (added) return added;
      return updateLocalUnit(doc, `驻区单位|单位${b % 3}`, {
        type: '驻区单位',
        name: `单位${b % 3}`,
        highLevel: b % 2 === 0,
      });
    }
  }
}

const start = (): PlannerDoc => {
  const plan = generateStreet({ communities: 2, gridsPerCommunity: 2, homesPerGrid: 2 });
  return { plan, pool: [] };
};

const compileFor = (plan: Plan) => compileLive(pickPacks(data.packs, plan.packs ?? []), plan.readings ?? {});
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

// Sixty random sequences, each fully re-checked after every edit: seconds on a busy machine.
describe('random edit sequences', { timeout: 30_000 }, () => {
  it('keep the plan valid, re-check exactly, and undo to the start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 25 }),
        (ops) => {
          const first = start();
          let doc = first;
          let index = indexPlan(doc.plan);
          let live = checkAll(compileFor(doc.plan), index);
          let history = emptyHistory();
          for (const op of ops) {
            const edit = apply(doc, index, op);
            if (!edit) continue;
            history = record(history, doc, edit.scope, edit.label);
            doc = edit.doc;
            index = indexPlan(doc.plan);
            if (edit.scope.kind === 'units') recheck(live, index, edit.scope.ids);
            else
              live = checkAll(edit.scope.kind === 'recompile' ? compileFor(doc.plan) : live.compiled, index);
            const parsed = readPlan(structuredClone(doc.plan));
            expect(parsed.ok ? [] : parsed.errors).toEqual([]);
            const full = checkParsedPlan(doc.plan, packs, { packs: doc.plan.packs ?? [] });
            expect(plain(liveReport(live))).toEqual(plain(full));
          }
          const last = doc;
          // Undo everything: back to the very same document.
          for (let step = undo(history, doc); step; step = undo(history, doc)) {
            history = step.history;
            doc = step.doc;
          }
          expect(doc).toBe(first);
          for (let step = redo(history, doc); step; step = redo(history, doc)) {
            history = step.history;
            doc = step.doc;
          }
          expect(doc).toBe(last);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('edits', () => {
  it('copy only the units on the way to the edited one', () => {
    const doc = start();
    const index = indexPlan(doc.plan);
    const grid = doc.plan.root.children[1]!.children[0]!;
    const edit = E.addMember(doc, index, grid.id, {
      id: 'new',
      role: '委员',
      home: { type: '居民' },
      posts: [],
      affiliationTransferred: false,
    });
    const after = edit.doc.plan.root;
    expect(after).not.toBe(doc.plan.root);
    expect(after.children[0]).toBe(doc.plan.root.children[0]);
    expect(after.children[1]!.children[1]).toBe(doc.plan.root.children[1]!.children[1]);
    expect(after.children[1]!.children[0]!.members.at(-1)!.id).toBe('new');
    expect(edit.scope).toEqual({ kind: 'units', ids: [grid.id] });
  });

  it('bulk counts copy the last child, with fresh ids, on every unit of a level', () => {
    const doc = start();
    const index = indexPlan(doc.plan);
    const communities = doc.plan.root.children.map((c) => c.id);
    const edit = setChildCount(doc, index, communities, '网格', 5)!;
    const after = indexPlan(edit.doc.plan);
    for (const id of communities) {
      const grids = after.unitById.get(id)!.unit.children.filter((c) => c.kind === '网格');
      expect(grids).toHaveLength(5);
      expect(grids[4]!.members).toHaveLength(grids[1]!.members.length);
    }
    expect(readPlan(edit.doc.plan).ok).toBe(true);
    const fewer = setChildCount(edit.doc, after, communities, '网格', 1)!;
    expect(indexPlan(fewer.doc.plan).byKind.get('网格')).toHaveLength(2);
  });

  it('removing a unit removes the waivers naming it', () => {
    const doc = start();
    const c2 = doc.plan.root.children[1]!.id;
    const withWaiver = E.setWaiver(doc, 'xihu-dadangwei-total-max', c2, '过渡期的安排').doc;
    const removed = E.removeUnit(withWaiver, indexPlan(withWaiver.plan), c2)!;
    expect(removed.doc.plan.waivers).toEqual([]);
  });

  it('a local unit renamed follows into its members', () => {
    const doc = fromTemplate(data.templates.find((t) => t.id === 'xihu-dadangwei')!);
    const hospital = doc.pool.find((u) => u.name === '某医院')!;
    const edit = updateLocalUnit(doc, '驻区单位|某医院', { ...hospital, name: '第一人民医院' });
    const homes = edit.doc.plan.root.members.map((m) => m.home.name);
    expect(homes).toContain('第一人民医院');
    expect(homes).not.toContain('某医院');
    expect(edit.scope).toEqual({ kind: 'units', ids: [doc.plan.root.id] });
  });

  it('the reading back to the default leaves no reading recorded', () => {
    const doc = start();
    const once = E.setReading(doc, 'xihu-dadangwei-first-secretary', 'not-counted', false).doc;
    expect(once.plan.readings).toEqual({ 'xihu-dadangwei-first-secretary': 'not-counted' });
    const back = E.setReading(once, 'xihu-dadangwei-first-secretary', 'counted', true).doc;
    expect(back.plan.readings).toBeUndefined();
  });
});
