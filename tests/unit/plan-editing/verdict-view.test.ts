/**
 * The verdicts kept with a saved plan are what a return visit shows before
 * the rule engine loads: read back, they must equal what the engine gives
 * for the plan read back — on every template and on plans that fail — and
 * anything else (changed by hand, too many to keep) must not be shown.
 */
import { describe, expect, it } from 'vitest';
import { checkAll, compileLive, pickPacks } from '../../../src/lib/plan-editing/check.ts';
import type { PlannerDoc } from '../../../src/lib/plan-editing/doc.ts';
import { liveDrafts } from '../../../src/lib/plan-editing/drafts.ts';
import {
  encodeRecord,
  quickDecode,
  RECORD_FORMAT,
  storableView,
} from '../../../src/lib/plan-editing/saved.ts';
import { fromTemplate } from '../../../src/lib/plan-editing/start.ts';
import { viewOf } from '../../../src/lib/plan-editing/verdict-view.ts';
import { generateStreet } from '../../../src/lib/plan-format/generate.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { indexPlan } from '../../../src/lib/plan-format/tree.ts';
import { data, exampleTexts, packs } from './helpers.ts';

/** The view the engine gives for a document, as the planner computes it. */
function engineView(doc: PlannerDoc) {
  const index = indexPlan(doc.plan);
  const compiled = compileLive(pickPacks(packs, doc.plan.packs ?? []), doc.plan.readings ?? {});
  return viewOf(checkAll(compiled, index, liveDrafts(doc.drafts, index)), data);
}

/** Save a document with its verdicts, and read it back as a return visit does. */
function roundTrip(doc: PlannerDoc) {
  const verdicts = storableView(data.checkVersion, engineView(doc));
  const text = encodeRecord({
    format: RECORD_FORMAT,
    id: 'p1',
    saved: '2026-12-06T00:00:00.000Z',
    doc,
    ...(verdicts && { verdicts }),
  });
  return { text, read: quickDecode('p1', text, data.vocabulary.homeTypes)! };
}

const brokenDocs = [...exampleTexts]
  .filter(([name]) => name.includes('.broken.'))
  .map(([name, text]) => {
    const read = readPlan(text);
    if (!read.ok) throw new Error(name);
    return [name, { plan: read.plan, pool: [] } satisfies PlannerDoc] as const;
  });

describe('verdicts kept with a plan', () => {
  it.each(data.templates.map((t) => [t.id, t] as const))(
    'template %s: the verdicts read back equal the engine’s for the plan read back',
    (_id, template) => {
      const { read } = roundTrip(fromTemplate(template, 2026));
      expect(read.verdicts?.key).toBe(data.checkVersion);
      expect(read.verdicts!.view).toEqual(JSON.parse(JSON.stringify(engineView(read.doc))));
    },
  );

  it('plans that fail, warn or wait for a field: the same, open verdicts and marks included', () => {
    expect(brokenDocs.length).toBeGreaterThan(3);
    let open = 0;
    for (const [name, doc] of brokenDocs) {
      const { read } = roundTrip(doc);
      const fresh = JSON.parse(JSON.stringify(engineView(read.doc))) as ReturnType<typeof engineView>;
      expect(read.verdicts!.view, name).toEqual(fresh);
      open += fresh.groups.reduce((n, g) => n + g.open.length, 0) + fresh.marks.length;
    }
    expect(open).toBeGreaterThan(0);
  });

  it('a new member not yet filled in: kept as 待填写, as the engine says', () => {
    const doc = fromTemplate(
      data.templates.find((t) => t.id === 'xihu-dadangwei')!,
      2026,
    );
    const root = doc.plan.root;
    const draft = { id: 'new1', role: '委员' as const, home: { type: '其他' as const }, posts: [] };
    const withDraft: PlannerDoc = {
      ...doc,
      plan: {
        ...doc.plan,
        root: { ...root, members: [...root.members, { ...draft, affiliationTransferred: false }] },
      },
      drafts: ['new1'],
    };
    const { read } = roundTrip(withDraft);
    expect(read.verdicts!.view.summary['needs-info']).toBeGreaterThan(0);
    expect(read.verdicts!.view).toEqual(JSON.parse(JSON.stringify(engineView(read.doc))));
  });

  it('verdicts changed by hand are dropped: the plan opens and is checked afresh', () => {
    const { text } = roundTrip(brokenDocs[0]![1]);
    const raw = JSON.parse(text) as { verdicts: { view: { summary: { fail: number } } } };
    raw.verdicts.view.summary.fail += 1;
    const read = quickDecode('p1', JSON.stringify(raw), data.vocabulary.homeTypes)!;
    expect(read.doc.plan).toEqual(brokenDocs[0]![1].plan);
    expect(read.verdicts).toBeUndefined();
  });

  it('a street’s tens of thousands of verdicts are not kept (they would fill the storage)', () => {
    const plan = { ...generateStreet(), packs: ['xihu-zonghe', 'xihu-dadangwei', 'xihu-wangge'] };
    expect(storableView(data.checkVersion, engineView({ plan, pool: [] }))).toBeUndefined();
  });
});
