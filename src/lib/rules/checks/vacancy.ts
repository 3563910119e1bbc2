/**
 * vacancy — every vacant seat (with one of `reasons`) has the required
 * procedure done: 报上级备案 (filed), 单位书面通报 (notifiedInWriting),
 * 计划增补 (refill). No such vacancy: not applicable.
 * Placeholders: {count} {detail} (the seats and what each lacks).
 */
import type { z } from 'zod';
import type { vacancyCheckSchema } from '../check-schema.ts';
import type { Evaluator } from './outcome.ts';

const STEP_LABELS = {
  filed: '报上级党组织备案',
  notifiedInWriting: '所在单位书面通报',
  refill: '按程序增补',
} as const;

export function compileVacancy(check: z.infer<typeof vacancyCheckSchema>): Evaluator {
  const reasons = check.reasons ? new Set<string>(check.reasons) : undefined;
  return ({ unit }) => {
    const seats = (unit.vacancies ?? []).filter((v) => reasons === undefined || reasons.has(v.reason));
    if (seats.length === 0) return { status: 'not-applicable', members: [], vars: { count: 0, detail: '' } };
    const lacking: string[] = [];
    const unknown: string[] = [];
    for (const seat of seats) {
      const no = check.require.filter((step) => seat[step] === false).map((s) => STEP_LABELS[s]);
      const blank = check.require.filter((step) => seat[step] === undefined).map((s) => STEP_LABELS[s]);
      if (no.length > 0) lacking.push(`${seat.role}（${seat.reason}）未${no.join('、未')}`);
      if (blank.length > 0) unknown.push(`${seat.role}（${seat.reason}）是否已${blank.join('、')}`);
    }
    const vars = {
      count: seats.length,
      detail: lacking.join('；') || seats.map((s) => `${s.role}（${s.reason}）`).join('；'),
    };
    if (lacking.length > 0) return { status: 'fail', members: [], vars };
    if (unknown.length > 0) return { status: 'needs-info', members: [], vars, missing: unknown };
    return { status: 'pass', members: [], vars };
  };
}
