/**
 * names — the street's internal bodies of one kind include the named ones
 * and, with `only`, no others. Names are compared loosely: spaces, a leading
 * "街道" and the 办公室/办 difference are ignored.
 * Placeholders: {names} {missing} {extra} {count}, and {differences}: what is
 * missing and what is extra, in one clause, naming only what there is
 * ("缺少党政综合办；另设了综合办").
 */
import type { z } from 'zod';
import type { namesCheckSchema } from '../check-schema.ts';
import { unitLabel } from '../../plan-format/tree.ts';
import type { Evaluator } from './outcome.ts';

export function normaliseBodyName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/^街道/, '')
    .replace(/办公室$/, '办');
}

export function compileNames(check: z.infer<typeof namesCheckSchema>): Evaluator {
  const wanted = check.names.map((n) => ({ name: n, key: normaliseBodyName(n) }));
  const wantedKeys = new Set(wanted.map((w) => w.key));
  return ({ unit }) => {
    const bodies = unit.children.filter((c) => c.kind === '内设机构' && c.bodyKind === check.bodyKind);
    const have = new Set(bodies.map((b) => normaliseBodyName(b.name ?? '')));
    const missing = wanted.filter((w) => !have.has(w.key)).map((w) => w.name);
    const extra = check.only ? bodies.filter((b) => !wantedKeys.has(normaliseBodyName(b.name ?? ''))) : [];
    const extraNames = extra.map(unitLabel).join('、');
    const differences = [
      ...(missing.length > 0 ? [`缺少${missing.join('、')}`] : []),
      ...(extra.length > 0 ? [`另设了${extraNames}`] : []),
    ].join('；');
    return {
      status: missing.length === 0 && extra.length === 0 ? 'pass' : 'fail',
      members: [],
      units: (extra.length > 0 ? extra : bodies).map((b) => b.id),
      vars: {
        names: check.names.join('、'),
        missing: missing.join('、') || '没有缺少的',
        extra: extraNames || '没有多出的',
        differences: differences || '与所列相同',
        count: bodies.length,
      },
    };
  };
}
