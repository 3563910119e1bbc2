/**
 * participants — how many of the unit's participants (people who work with
 * it without a seat: 楼长, 法律顾问, 党员网格员 …) hold one of `roles`, and are
 * party members when `partyMember` says so, within [min, max]. A unit
 * without `participants` has not listed them yet (needs information).
 * Placeholders: {count} {range} {min} {max} {roles} {members}.
 */
import type { z } from 'zod';
import type { participantsCheckSchema } from '../check-schema.ts';
import type { Participant } from '../../plan-format/schema.ts';
import { memberLabel, unitLabel } from '../../plan-format/tree.ts';
import { boundVars, judgeBounds, type Evaluator } from './outcome.ts';

export function compileParticipants(check: z.infer<typeof participantsCheckSchema>): Evaluator {
  const roles = new Set<string>(check.roles);
  const what = `${check.partyMember ? '党员' : ''}${check.roles.join('或')}`;
  const name = (p: Participant) => memberLabel(p);
  return ({ unit }) => {
    const base = { roles: what, ...boundVars(check) };
    if (unit.participants === undefined) {
      return {
        status: 'needs-info',
        members: [],
        vars: { ...base, count: 0, members: '' },
        missing: [`${unitLabel(unit)}的${check.roles.join('、')}名单`],
      };
    }
    const holders = unit.participants.filter((p) => roles.has(p.role));
    const matched: Participant[] = [];
    const unknown: Participant[] = [];
    for (const p of holders) {
      if (check.partyMember === undefined || p.partyMember === check.partyMember) matched.push(p);
      else if (p.partyMember === undefined) unknown.push(p);
    }
    const status = judgeBounds(matched.length, unknown.length, check);
    return {
      status,
      members: [],
      vars: { ...base, count: matched.length, members: matched.map(name).join('、') || '没有人' },
      ...(status === 'needs-info' && { missing: unknown.map((p) => `${name(p)}是否党员`) }),
    };
  };
}
