/**
 * Shared by the proposal tests: the real packs, example plans and source
 * titles, the models the planner offers (the examples that pass their own
 * packs), and checks that a proposal holds up under the real engine.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { idLikeTokens } from '../../../src/lib/content/reader-text.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import type { Plan } from '../../../src/lib/plan-format/schema.ts';
import { serialisePlan } from '../../../src/lib/plan-format/write.ts';
import {
  parsePool,
  poolFromPlan,
  proposeLayouts,
  type Layout,
  type Person,
  type ProposalModel,
  type ProposalResult,
} from '../../../src/lib/proposal/index.ts';
import { checkParsedPlan } from '../../../src/lib/rules/engine.ts';
import { buildPlannerData } from '../../../src/loaders/planner-data.ts';
import { examplePlanFiles, loadPacks } from '../../../src/loaders/rule-packs.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { ROOT } from '../../helpers/paths.ts';

export const packs = loadPacks(ROOT);
export const sources = [...loadSiteData(ROOT).sources.values()].map((s) => s.value);
const texts = new Map([...examplePlanFiles(ROOT)].map(([name, file]) => [name, readFileSync(file, 'utf8')]));

/** The models the planner offers: its templates, built as the build builds them. */
export const models: ProposalModel[] = buildPlannerData({ packs, plans: texts, cases: {} }).templates;

export function model(id: string): ProposalModel {
  const found = models.find((m) => m.id === id);
  if (!found) throw new Error(`没有模板 ${id}`);
  return structuredClone(found);
}

/** The model's example names (the non-broken example plans): every one must be offered as a model. */
export const exampleNames = [...texts.keys()].filter((name) => !name.includes('.broken.'));

/** A list read from pasted text (which must be readable). */
export function pasted(text: string): Person[] {
  const pool = parsePool(text);
  if (!pool.ok) throw new Error(pool.problems.join('；'));
  return pool.people;
}

/** Propose from the people of a model's own example. */
export function proposeFromExample(id: string, year?: number): ProposalResult {
  const chosen = model(id);
  return proposeLayouts({
    people: poolFromPlan(chosen.plan),
    model: chosen,
    packs,
    sources,
    ...(year !== undefined && { year }),
  });
}

/**
 * The layout written to a file and read back by the one plan reader (the
 * planner's too: it must open there), then checked by the real engine.
 */
export function recheck(plan: Plan) {
  const parsed = readPlan(serialisePlan(plan));
  if (!parsed.ok) throw new Error(`建议的方案无效：${parsed.errors.join('；')}`);
  return checkParsedPlan(parsed.plan, packs, parsed.plan.packs ? { packs: parsed.plan.packs } : {});
}

/** Every 必须 rule of every layout offered holds under the real engine. */
export function expectPassing(result: ProposalResult): Layout[] {
  expect(result.ok, result.ok ? '' : result.missing.join('\n')).toBe(true);
  if (!result.ok) return [];
  expect(result.layouts.length).toBeGreaterThanOrEqual(1);
  expect(result.layouts.length).toBeLessThanOrEqual(3);
  for (const layout of result.layouts) {
    const report = recheck(layout.plan);
    const failed = report.results.filter((r) => r.status === 'fail').map((r) => `${r.title}：${r.message}`);
    expect(failed, layout.name).toEqual([]);
    expect(report.hasErrors).toBe(false);
    expect(layout.passes).toBe(true);
  }
  return result.layouts;
}

/** Every string a reader sees in a result (links and the plan itself left out). */
function readerTexts(result: ProposalResult): string[] {
  const out = [...result.notices];
  const layouts = result.ok ? result.layouts : [...(result.closest ? [result.closest] : [])];
  if (!result.ok) out.push(...result.missing);
  for (const l of layouts) {
    out.push(l.name, l.approach);
    for (const c of [...l.seats, ...l.helpers]) {
      out.push(c.name, c.unit, c.role, c.text, ...c.arranged, ...c.notes);
      for (const r of c.because) out.push(r.title, r.severity, r.source, r.quote);
    }
    for (const n of [...l.met, ...l.unmet, ...l.toConfirm]) {
      out.push(n.text, n.rule.title, n.rule.source, n.rule.quote, n.unit ?? '', n.why ?? '', n.fix ?? '');
    }
  }
  return out;
}

/** No id, file name or English reaches a reader; Chinese quotation marks only. */
export function expectReaderText(result: ProposalResult): void {
  for (const text of readerTexts(result)) {
    expect(idLikeTokens(text), text).toEqual([]);
    expect(text, text).not.toMatch(/[A-Za-z]{2,}/);
    expect(text, text).not.toMatch(/["']/);
  }
}
