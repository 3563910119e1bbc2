/**
 * 建议方案: from a list of people and a chosen model, one to three layouts
 * that meet every 必须 rule of the model's packs and as many 原则上 and 参考
 * rules as the list allows — or, when none can, what the list lacks.
 *
 * Three searches over the same list: one after the example's shape (its
 * roles and the kinds of unit its people come from), one as small as the
 * rules allow, one avoiding the people of the first where others can serve.
 * Each result is written as a plan and judged by the real rule engine; only
 * layouts with no 必须 rule failed are offered. Identical layouts are shown
 * once. The list is put in a fixed order first (by name, then unit), so the
 * same people in any row order give the same layouts.
 */
import { citer, type SourceText } from './cite.ts';
import { explainLayout, type Layout } from './explain.ts';
import { writePlan, type Written } from './materialize.ts';
import { personLabel, type Person } from './person.ts';
import { buildRuleModels } from './rule-model.ts';
import { search, type Objective } from './search.ts';
import { buildPools, skeletonOf, unitStates } from './setup.ts';
import { partyShortfall, shortfallOf, type ShortfallContext } from './shortfall.ts';
import { better, type Score, type UnitState } from './state.ts';
import { indexPlan, runRules, unitLabel, type CheckReport, type Plan, type RulePack } from './upstream.ts';

/** The most people one proposal considers; a longer list is cut there, and the cut reported. */
const MAX_POOL_PEOPLE = 500;

/** A model to propose after: a template of the planner (its example plan passes its own packs). */
export interface ProposalModel {
  /** Template id (the example's file name): written into the plan as `template`. */
  id: string;
  title: string;
  plan: Plan;
}

export interface ProposalRequest {
  people: readonly Person[];
  model: ProposalModel;
  /** Every rule pack (those the model's example names are used). */
  packs: readonly RulePack[];
  /** Readings chosen by the user ({ question id: option id }); over the example's own. */
  readings?: Readonly<Record<string, string>>;
  /** Source titles and section headings, for citations in the explanations. */
  sources?: readonly SourceText[];
  /** Year the layouts speak of: their `asOf` and the start of their terms (1949–2100; otherwise the example's). */
  year?: number;
}

export type ProposalResult =
  | { ok: true; layouts: Layout[]; notices: string[] }
  | { ok: false; missing: string[]; closest: Layout | undefined; notices: string[] };

const NAMES = ['方案一', '方案二', '方案三'];

const APPROACHES: Record<Objective['kind'], string> = {
  model: '按示例的规模',
  lean: '精简：每个职务一人，按规则补足人数',
  alternative: '换一组人选',
};

/** The list in a fixed order, whatever order the rows came in. */
function canonical(people: readonly Person[]): Person[] {
  const key = (p: Person) => {
    const { row: _row, ...facts } = p;
    return JSON.stringify([p.name, p.unitName ?? '', p.homeType, facts]);
  };
  return people
    .map((p) => ({ p, k: key(p) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.p);
}

interface Run {
  objective: Objective;
  units: UnitState[];
  score: Score;
  written: Written;
  report: CheckReport;
}

/** Propose layouts. Never throws on any list of people. */
export function proposeLayouts(request: ProposalRequest): ProposalResult {
  const notices: string[] = [];
  let listed = request.people;
  if (listed.length > MAX_POOL_PEOPLE) {
    const first = listed[MAX_POOL_PEOPLE]!;
    notices.push(
      `名单共有${listed.length}人，超过一次建议的上限${MAX_POOL_PEOPLE}人：从${first.row !== undefined ? `第${first.row}行` : `第${MAX_POOL_PEOPLE + 1}人`}（${personLabel(first)}）起的${listed.length - MAX_POOL_PEOPLE}人没有参与这次建议，仍保留在名单里。请只列可能进入班子的人选。`,
    );
    listed = listed.slice(0, MAX_POOL_PEOPLE);
  }
  if (listed.length === 0) {
    return { ok: false, missing: ['名单里还没有人：请先列出可以考虑的人选。'], closest: undefined, notices };
  }
  const people = canonical(listed);
  const example = request.model.plan;
  const readings = { ...example.readings, ...request.readings };
  const models = buildRuleModels(request.packs, example.packs ?? [request.model.id], readings);
  // The engine's notices name the readings by id; readers are told in words.
  if (models.compiled.notices.length > 0) {
    notices.push(`所选读法中有${models.compiled.notices.length}项不适用于这个示例的规则，已按默认读法处理。`);
  }
  const skeleton = skeletonOf(example, models);
  if (skeleton.staffed.length === 0) {
    return { ok: false, missing: ['这个示例没有要配备人员的班子，无从建议。'], closest: undefined, notices };
  }
  const pools = buildPools(people, unitStates(skeleton, models), skeleton);
  const baseTitle = request.model.title.replace(/（示例）$/, '');
  const run = (objective: Objective, n: number): Run => {
    const units = unitStates(skeleton, models);
    const score = search(units, pools, objective, people.length);
    const written = writePlan(skeleton, units, people, {
      title: `${baseTitle}（建议${NAMES[n]}）`,
      description: `根据人员名单建议的班子（${APPROACHES[objective.kind]}）。请逐一核对人选和各项安排后再定。`,
      template: request.model.id,
      packs: example.packs,
      readings: request.readings ?? {},
      year: request.year,
    });
    return { objective, units, score, written, report: runRules(models.compiled, written.plan) };
  };
  const first = run({ kind: 'model' }, 0);
  const seated = new Set(first.written.placements.map((p) => p.person));
  const runs = [first, run({ kind: 'lean' }, 1), run({ kind: 'alternative', avoid: seated }, 2)];
  const distinct = runs.filter((r, i) => runs.findIndex((o) => sameLayout(o, r)) === i);
  const label = (u: UnitState) => unitLabel(indexPlan(skeleton.plan).units[u.order]!.unit);
  const explain = (r: Run, n: number) =>
    explainLayout({
      name: NAMES[n]!,
      approach: APPROACHES[r.objective.kind],
      written: r.written,
      report: r.report,
      units: r.units,
      compiled: models.compiled,
      shortfall: { people, pools, units: r.units, label },
      cite: citer(request.sources),
    });
  notices.push(...notPartyMembers(people, distinct));
  const passing = distinct.filter((r) => !r.report.hasErrors);
  if (passing.length > 0) {
    passing.forEach((r, n) => renumber(r, n, baseTitle));
    return { ok: true, layouts: passing.map(explain), notices };
  }
  const closest = distinct.reduce((a, b) => (better(b.score, a.score) ? b : a));
  renumber(closest, 0, baseTitle);
  return {
    ok: false,
    missing: missingFrom(closest, { people, pools, units: closest.units, label }),
    closest: explain(closest, 0),
    notices,
  };
}

/** People the list marks as not party members, whom no layout places: they are never given a seat on a party committee. */
function notPartyMembers(people: readonly Person[], runs: readonly Run[]): string[] {
  const placed = new Set(runs.flatMap((r) => r.written.placements.map((p) => p.person)));
  const left = people.filter((p, i) => p.partyMember === false && !placed.has(i));
  if (left.length === 0) return [];
  const named = left
    .slice(0, 3)
    .map((p) => (p.row !== undefined ? `${personLabel(p)}（第${p.row}行）` : personLabel(p)));
  return [
    `名单注明${named.join('、')}${left.length > 3 ? `等${left.length}人` : ''}不是党员，没有排入班子：党组织班子的席位只排党员。`,
  ];
}

/** Title the kept layouts 方案一, 二, 三 in the order shown. */
function renumber(r: Run, n: number, baseTitle: string): void {
  r.written.plan.title = `${baseTitle}（建议${NAMES[n]}）`;
}

const layoutKey = (r: Run) =>
  JSON.stringify(indexPlan(r.written.plan).units.map((e) => [e.unit.members, e.unit.participants ?? null]));

function sameLayout(a: Run, b: Run): boolean {
  return layoutKey(a) === layoutKey(b);
}

/** One sentence per 必须 rule the closest layout fails, and the party-member count when that is short. */
function missingFrom(r: Run, ctx: ShortfallContext): string[] {
  const out: string[] = [];
  const party = partyShortfall(ctx);
  if (party) out.push(party);
  const index = indexPlan(r.written.plan);
  for (const result of r.report.results) {
    if (result.status !== 'fail') continue;
    const entry = result.unit !== undefined ? index.unitById.get(result.unit) : undefined;
    const u = entry ? r.units.find((s) => s.order === entry.order) : undefined;
    const at = u ? u.model.rules.findIndex((m) => m.compiled.rule.id === result.rule) : -1;
    const sentence = u && at >= 0 ? shortfallOf(ctx, u, at) : undefined;
    out.push(sentence ?? `${result.message}${result.fix ?? ''}`);
  }
  return [...new Set(out)];
}
