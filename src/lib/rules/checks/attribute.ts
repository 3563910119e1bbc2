/**
 * attribute — a unit field is recorded and, when the rule says so, equals a
 * value or lies within [min, max].
 * Placeholders: {field} (its Chinese name) {value} {expected}.
 */
import type { z } from 'zod';
import type { attributeCheckSchema, UnitField } from '../check-schema.ts';
import type { Unit } from '../../plan-format/schema.ts';
import { unitLabel } from '../../plan-format/tree.ts';
import { rangeText, type Evaluator } from './outcome.ts';

export const UNIT_FIELD_LABELS: Record<UnitField, string> = {
  gridCount: '网格数',
  venue: '活动场所',
  funding: '每年党建工作经费（万元）',
  'term.years': '任期年数',
  'term.syncedWithCommunityElection': '任期与社区党组织换届同步',
};

const read: Record<UnitField, (u: Unit) => string | number | boolean | undefined> = {
  gridCount: (u) => u.gridCount,
  venue: (u) => u.venue,
  funding: (u) => u.funding,
  'term.years': (u) => u.term?.years,
  'term.syncedWithCommunityElection': (u) => u.term?.syncedWithCommunityElection,
};

export const showValue = (v: string | number | boolean) =>
  v === true ? '是' : v === false ? '否' : String(v);

export function compileAttribute(check: z.infer<typeof attributeCheckSchema>): Evaluator {
  const field = UNIT_FIELD_LABELS[check.field];
  const expected = check.equals !== undefined ? showValue(check.equals) : rangeText(check);
  return ({ unit }) => {
    const value = read[check.field](unit);
    if (value === undefined) {
      return {
        status: 'needs-info',
        members: [],
        vars: { field, value: '未填写', expected },
        missing: [`${unitLabel(unit)}的${field}`],
      };
    }
    const equalOk = check.equals === undefined || value === check.equals;
    const n = typeof value === 'number' ? value : undefined;
    const rangeOk =
      (check.min === undefined || (n !== undefined && n >= check.min)) &&
      (check.max === undefined || (n !== undefined && n <= check.max));
    return {
      status: equalOk && rangeOk ? 'pass' : 'fail',
      members: [],
      vars: { field, value: showValue(value), expected },
    };
  };
}
