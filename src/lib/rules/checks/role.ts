/**
 * role — each listed role is held by between min and max members.
 * Placeholders: {roles} (the roles), {detail} (e.g. "书记 0 名") {range} {members}.
 */
import type { z } from 'zod';
import type { roleCheckSchema } from '../check-schema.ts';
import { boundVars, ids, labels, type Evaluator } from './outcome.ts';

export function compileRole(check: z.infer<typeof roleCheckSchema>): Evaluator {
  const wanted = new Set<string>(check.roles);
  const fits = (n: number) =>
    (check.min === undefined || n >= check.min) && (check.max === undefined || n <= check.max);
  return ({ unit }) => {
    const holders = unit.members.filter((m) => wanted.has(m.role));
    const counts = check.roles.map((role) => ({ role, n: holders.filter((m) => m.role === role).length }));
    const wrong = counts.filter((c) => !fits(c.n));
    const detail = (wrong.length > 0 ? wrong : counts).map((c) => `${c.role}${c.n}名`).join('，');
    return {
      status: wrong.length === 0 ? 'pass' : 'fail',
      members: ids(holders),
      vars: { roles: check.roles.join('、'), detail, members: labels(holders, unit), ...boundVars(check) },
    };
  };
}
