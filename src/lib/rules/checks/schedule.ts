/**
 * schedule — the unit keeps a duty (联席会议, 电话沟通 …) at least every
 * `maxEveryMonths` months and, for yearly duties, in one of `months`.
 * A plan without `duties` has not planned them yet (needs information); a
 * plan with `duties` lists all of them, so a missing duty fails.
 * Placeholders: {duty} {frequency} (as planned: 每季度) {planned} (没有安排 / 安排为每季度一次)
 * {required} {month}.
 */
import type { z } from 'zod';
import type { scheduleCheckSchema } from '../check-schema.ts';
import { unitLabel } from '../../plan-format/tree.ts';
import type { Evaluator } from './outcome.ts';

/** 1 → 每月, 3 → 每季度, 12 → 每年, otherwise 每N个月. */
export function frequencyText(everyMonths: number): string {
  const named: Record<number, string> = { 1: '每月', 3: '每季度', 6: '每半年', 12: '每年' };
  return named[everyMonths] ?? `每${everyMonths}个月`;
}

export function compileSchedule(check: z.infer<typeof scheduleCheckSchema>): Evaluator {
  const months = check.months ? check.months.map((m) => `${m}月`).join('或') : '';
  const required =
    (check.maxEveryMonths !== undefined ? `${frequencyText(check.maxEveryMonths)}至少一次` : '建立制度') +
    (months ? `，于${months}进行` : '');
  return ({ unit }) => {
    const base = { duty: check.duty, required, frequency: '没有安排', planned: '没有安排', month: '' };
    if (unit.duties === undefined) {
      return {
        status: 'needs-info',
        members: [],
        vars: base,
        missing: [`${unitLabel(unit)}的定期工作（如联席会议多久开一次）`],
      };
    }
    const duty = unit.duties.find((d) => d.kind === check.duty);
    if (!duty) return { status: 'fail', members: [], vars: base };
    const vars = {
      ...base,
      frequency: frequencyText(duty.everyMonths),
      planned: `安排为${frequencyText(duty.everyMonths)}一次`,
      month: duty.month ? `${duty.month}月` : '未定',
    };
    if (check.maxEveryMonths !== undefined && duty.everyMonths > check.maxEveryMonths) {
      return { status: 'fail', members: [], vars };
    }
    if (check.months) {
      if (duty.month === undefined) {
        return {
          status: 'needs-info',
          members: [],
          vars,
          missing: [`${unitLabel(unit)}的${check.duty}在几月进行`],
        };
      }
      if (!check.months.includes(duty.month)) return { status: 'fail', members: [], vars };
    }
    return { status: 'pass', members: [], vars };
  };
}
