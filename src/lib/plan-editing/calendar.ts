/**
 * The work calendar: the recurring duties a plan commits its bodies to —
 * 联席会议 each quarter, a monthly call to each part-time member, year-end
 * reports, the end of the term and the re-election — taken from the plan's
 * own `duties` and `term`, and, where the plan has not planned a duty yet,
 * from the schedule rules of the packs it is checked against. Identical
 * duties of many units (thirty communities) are listed once.
 */
import type { Plan, Unit } from '../plan-format/schema.ts';
import { frequencyText } from '../rules/checks/schedule.ts';
import type { RulePack } from '../rules/schema.ts';

export interface Duty {
  /** Stable key: kind, frequency, month and where it comes from. */
  key: string;
  /** What to do. */
  title: string;
  /** "每季度至少一次（1、4、7、10月）". */
  when: string;
  /** Units that keep it (names). */
  units: string[];
  /** 'plan': in the plan's duties; 'rule': required by a rule the plan has not planned yet; 'term': term end. */
  from: 'plan' | 'rule' | 'term';
  /** Rule that requires it, for 'rule'. */
  rule: string | undefined;
  /** First occurrence (year, month 1–12). */
  start: { year: number; month: number };
  /** Repeat every this many months; undefined for a one-off. */
  everyMonths: number | undefined;
}

const TITLES: Record<string, string> = {
  联席会议: '召开联席会议',
  电话沟通: '与兼职委员电话沟通（每人）',
  实绩报告: '兼职委员向党组织报告履职实绩',
  述职评议: '兼职委员述职评议',
  履诺考核: '考核共建单位、辖区单位的履诺情况',
  兼职委员培训: '兼职委员培训',
  蹲点指导: '班子成员到联系点蹲点指导',
  积分公开: '公开党员积分',
};

function whenText(everyMonths: number, month: number | undefined, startMonth: number): string {
  const base = `${frequencyText(everyMonths)}至少一次`;
  if (month !== undefined) return `${base}（${month}月）`;
  if (everyMonths > 1 && everyMonths < 12 && 12 % everyMonths === 0) {
    const months = Array.from(
      { length: 12 / everyMonths },
      (_, i) => ((startMonth - 1 + i * everyMonths) % 12) + 1,
    );
    return `${base}（${months.join('、')}月）`;
  }
  return base;
}

function unitsOf(plan: Plan): Unit[] {
  const out: Unit[] = [];
  const stack = [plan.root];
  while (stack.length > 0) {
    const u = stack.pop()!;
    out.push(u);
    for (let i = u.children.length - 1; i >= 0; i -= 1) stack.push(u.children[i]!);
  }
  return out;
}

/** Duties of the plan, for the plan's year (`asOf`, else `thisYear`). */
export function workCalendar(plan: Plan, packs: readonly RulePack[], thisYear: number): Duty[] {
  const year = plan.asOf ?? thisYear;
  const byKey = new Map<string, Duty>();
  const add = (duty: Omit<Duty, 'units'>, unitName: string) => {
    const found = byKey.get(duty.key);
    if (found) found.units.push(unitName);
    else byKey.set(duty.key, { ...duty, units: [unitName] });
  };
  const schedules = packs.flatMap((p) =>
    p.rules.flatMap((r) => (r.check.kind === 'schedule' ? [{ rule: r, check: r.check }] : [])),
  );
  for (const unit of unitsOf(plan)) {
    const name = unit.name ?? `${unit.kind}（${unit.id}）`;
    for (const d of unit.duties ?? []) {
      const startMonth = d.month ?? 1;
      add(
        {
          key: `plan|${d.kind}|${d.everyMonths}|${d.month ?? ''}`,
          title: TITLES[d.kind] ?? d.kind,
          when: whenText(d.everyMonths, d.month, startMonth),
          from: 'plan',
          rule: undefined,
          start: { year, month: startMonth },
          everyMonths: d.everyMonths,
        },
        name,
      );
    }
    for (const { rule, check } of schedules) {
      if (!rule.appliesTo.kinds.includes(unit.kind)) continue;
      if (unit.duties?.some((d) => d.kind === check.duty)) continue;
      const everyMonths = check.maxEveryMonths ?? 12;
      const month = check.months?.[0];
      add(
        {
          key: `rule|${check.duty}|${everyMonths}|${month ?? ''}`,
          title: TITLES[check.duty] ?? check.duty,
          when: `${whenText(everyMonths, month, month ?? 1)}（规则要求，方案中尚未安排）`,
          from: 'rule',
          rule: rule.id,
          start: { year, month: month ?? 1 },
          everyMonths,
        },
        name,
      );
    }
    if (unit.term?.startYear !== undefined) {
      const last = unit.term.startYear + unit.term.years - 1;
      const synced = unit.term.syncedWithCommunityElection ? '，与社区党组织换届同步' : '';
      add(
        {
          key: `term|${last}|${synced}`,
          title: `本届兼职委员任期届满（${unit.term.startYear}—${last}年），按程序换届${synced}`,
          when: `${last}年底`,
          from: 'term',
          rule: undefined,
          start: { year: last, month: 12 },
          everyMonths: undefined,
        },
        name,
      );
    }
  }
  const order = { plan: 0, rule: 1, term: 2 };
  return [...byKey.values()].sort(
    (a, b) =>
      order[a.from] - order[b.from] ||
      (a.everyMonths ?? 99) - (b.everyMonths ?? 99) ||
      a.key.localeCompare(b.key),
  );
}
