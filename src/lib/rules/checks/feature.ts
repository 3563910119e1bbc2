/**
 * feature — the unit has set up a facility or body the source asks for
 * (民主议事厅, 物业企业联合会 …). A unit without `features` has not listed
 * them yet (needs information); a unit with `features` lists all it has.
 * Placeholders: {feature}.
 */
import type { z } from 'zod';
import type { featureCheckSchema } from '../check-schema.ts';
import { unitLabel } from '../../plan-format/tree.ts';
import type { Evaluator } from './outcome.ts';

export function compileFeature(check: z.infer<typeof featureCheckSchema>): Evaluator {
  const vars = { feature: check.feature };
  return ({ unit }) => {
    if (unit.features === undefined) {
      return {
        status: 'needs-info',
        members: [],
        vars,
        missing: [`${unitLabel(unit)}是否已设立${check.feature}`],
      };
    }
    return { status: unit.features.includes(check.feature) ? 'pass' : 'fail', members: [], vars };
  };
}
