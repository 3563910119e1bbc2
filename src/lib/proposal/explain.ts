/**
 * A proposed layout explained for the secretary, from the engine's own
 * verdicts on it: for each person placed, the rules the placement meets and
 * what the layout decides for them; for each committee, the rules met as a
 * whole; the 原则上 and 参考 rules not met with what the list lacks; and the
 * facts still to confirm. Reader text only: names, committee names, rule
 * titles, sources with section headings.
 */
import { named, type Citer, type RuleRef } from './cite.ts';
import type { Placement, Written } from './materialize.ts';
import { personLabel, type Person } from './person.ts';
import { shortfallOf, type ShortfallContext } from './shortfall.ts';
import type { UnitState } from './state.ts';
import {
  indexPlan,
  SEVERITY_LABELS,
  unitLabel,
  type CheckReport,
  type CompiledRules,
  type Member,
  type RuleResult,
  type Severity,
} from './upstream.ts';

export interface Choice {
  /** Id of the member or participant in the plan (to highlight it; not for display). */
  memberId: string;
  /** Line of the pasted list the person came from, when read from text. */
  row: number | undefined;
  /** The person, as readers know them (the unit is added when two share a name). */
  name: string;
  /** The committee or unit. */
  unit: string;
  /** Seat (书记, 委员 …) or work (楼长 …). */
  role: string;
  /** Rules the placement meets. */
  because: RuleRef[];
  /** What the layout decides for them (how chosen, 双重组织生活 …), to carry out. */
  arranged: string[];
  /** Verdicts naming them that are not met or need facts (提示, 待填写). */
  notes: string[];
  /** All of it in one or two sentences. */
  text: string;
}

export interface RuleNote {
  rule: RuleRef;
  /** The committee the verdict is about. */
  unit: string | undefined;
  /** The verdict in words (the engine's explanation). */
  text: string;
  /** What the list lacks, when that is why the rule is not met. */
  why: string | undefined;
  /** What to do. */
  fix: string | undefined;
}

interface SeverityTally {
  severity: string;
  met: number;
  unmet: number;
  waiting: number;
}

export interface Layout {
  /** 方案一, 方案二, 方案三. */
  name: string;
  /** How it was made, in a phrase: 按示例的规模, 精简, 换一组人选. */
  approach: string;
  /** The layout as a plan (format 2), ready to open in the planner. */
  plan: Plan;
  /** The engine's verdicts on it. */
  report: CheckReport;
  /** No 必须 rule fails. */
  passes: boolean;
  /** Verdicts by force: 必须, 原则上, 参考. */
  tally: SeverityTally[];
  seats: Choice[];
  helpers: Choice[];
  /** Rules about a committee as a whole that the layout meets (totals, counts). */
  met: RuleNote[];
  /** Rules not met: with the closest layout, 必须 ones too. */
  unmet: RuleNote[];
  /** Rules that wait for facts the list does not give. */
  toConfirm: RuleNote[];
  /** People of the list the layout leaves out. */
  unplaced: number;
}

type Plan = Written['plan'];

export interface ExplainInput {
  name: string;
  approach: string;
  written: Written;
  report: CheckReport;
  units: readonly UnitState[];
  compiled: CompiledRules;
  shortfall: ShortfallContext;
  cite: Citer;
}

const DECIDED: Record<string, (value: unknown) => string> = {
  chosenBy: (v) => `产生方式：${String(v)}`,
  station: (v) => `工作岗位：${String(v)}`,
  dualLife: () => '参加所在单位和本单位的双重组织生活',
  jointAgreement: () => '所在单位党组织签订共驻共建责任书',
};

/** Names as readers see them; two people of one name are told apart by their unit. */
function namer(people: readonly Person[]) {
  const seen = new Map<string, number>();
  for (const p of people) if (p.name !== '') seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
  return (p: Person) =>
    (seen.get(p.name) ?? 0) > 1 && p.unitName !== undefined ? `${p.name}（${p.unitName}）` : personLabel(p);
}

export function explainLayout(input: ExplainInput): Layout {
  const { written, report, cite } = input;
  const index = indexPlan(written.plan);
  const kindOf = new Map(input.compiled.rules.map((r) => [r.rule.id, r.check.kind]));
  const stateByOrder = new Map(input.units.map((u) => [u.order, u]));
  const people = input.shortfall.people;
  const nameOf = namer(people);
  const ref = (r: RuleResult) => cite(r, r.severity);
  const note = (r: RuleResult, why?: string): RuleNote => ({
    rule: ref(r),
    unit: r.unit !== undefined ? unitLabel(index.unitById.get(r.unit)!.unit) : undefined,
    text: r.message,
    why,
    fix: r.fix,
  });
  const whyNot = (r: RuleResult): string | undefined => {
    const entry = r.unit !== undefined ? index.unitById.get(r.unit) : undefined;
    const u = entry ? stateByOrder.get(entry.order) : undefined;
    if (!u) return undefined;
    const at = u.model.rules.findIndex((m) => m.compiled.rule.id === r.rule);
    return at < 0 ? undefined : shortfallOf(input.shortfall, u, at);
  };
  const choice = (placement: Placement): Choice => {
    const person = people[placement.person]!;
    const unit = placement.unit;
    const member = placement.seat ? unit.members.find((m) => m.id === placement.memberId) : undefined;
    const role = member?.role ?? unit.participants?.find((p) => p.id === placement.memberId)?.role ?? '';
    const mine = report.results.filter((r) => r.unit === unit.id);
    const because = mine
      .filter(
        (r) =>
          r.status === 'pass' && concerns(r, placement, role, kindOf.get(r.rule), unit.members.length, input),
      )
      .map(ref);
    const notes = mine
      .filter((r) => r.status !== 'pass' && r.members.includes(placement.memberId))
      .map((r) => r.message);
    const arranged = member ? arrangedFor(member, person) : [];
    const where = unitLabel(unit);
    const text =
      `${nameOf(person)}${placement.seat ? '任' : '为'}${where}${role}` +
      (because.length > 0 ? `：符合${because.map(named).join('、')}` : '') +
      '。' +
      (arranged.length > 0 ? `按规则安排：${arranged.join('；')}。` : '');
    return {
      memberId: placement.memberId,
      row: person.row,
      name: nameOf(person),
      unit: where,
      role,
      because,
      arranged,
      notes,
      text,
    };
  };
  const counting = (r: RuleResult) => ['count', 'parity', 'participants'].includes(kindOf.get(r.rule) ?? '');
  return {
    name: input.name,
    approach: input.approach,
    plan: written.plan,
    report,
    passes: !report.hasErrors,
    tally: tallyOf(report),
    seats: written.placements.filter((p) => p.seat).map(choice),
    helpers: written.placements.filter((p) => !p.seat).map(choice),
    met: report.results.filter((r) => r.status === 'pass' && counting(r)).map((r) => note(r)),
    unmet: report.results
      .filter((r) => r.status === 'fail' || r.status === 'warn')
      .map((r) => note(r, whyNot(r))),
    toConfirm: report.results.filter((r) => r.status === 'needs-info').map((r) => note(r)),
    unplaced: people.length - written.placements.length,
  };
}

/** Whether a verdict met is about this placement (not about the whole committee). */
function concerns(
  r: RuleResult,
  placement: Placement,
  role: string,
  kind: string | undefined,
  seats: number,
  input: ExplainInput,
): boolean {
  if (!placement.seat) {
    if (kind !== 'participants') return false;
    const check = input.compiled.rules.find((c) => c.rule.id === r.rule)?.check;
    return check?.kind === 'participants' && (check.roles as readonly string[]).includes(role);
  }
  if (!r.members.includes(placement.memberId)) return false;
  return kind === 'eligibility' || kind === 'role' || (kind === 'count' && r.members.length < seats);
}

function arrangedFor(member: Member, person: Person): string[] {
  const out: string[] = [];
  for (const [field, say] of Object.entries(DECIDED)) {
    const value = (member as Record<string, unknown>)[field];
    if (value !== undefined) out.push(say(value));
  }
  if (person.tenure === undefined && member.tenure === '兼职') out.push('按兼职计（来自外单位）');
  return out;
}

function tallyOf(report: CheckReport): SeverityTally[] {
  return (['error', 'warning', 'info'] as Severity[]).map((severity) => {
    const mine = report.results.filter((r) => r.severity === severity);
    return {
      severity: SEVERITY_LABELS[severity],
      met: mine.filter((r) => r.status === 'pass' || r.status === 'waived').length,
      unmet: mine.filter((r) => r.status === 'fail' || r.status === 'warn').length,
      waiting: mine.filter((r) => r.status === 'needs-info').length,
    };
  });
}
