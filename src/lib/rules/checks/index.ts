/** Compiles any check of the vocabulary into an evaluator. */
import type { Check } from '../check-schema.ts';
import { compileAttribute } from './attribute.ts';
import { compileChildren } from './children.ts';
import { compileCount } from './count.ts';
import { compileEligibility } from './eligibility.ts';
import { compileNames } from './names.ts';
import { compileParity } from './parity.ts';
import { compileRole } from './role.ts';
import { compileSchedule } from './schedule.ts';
import { compileFeature } from './feature.ts';
import { compileParticipants } from './participants.ts';
import { compileVacancy } from './vacancy.ts';
import type { Evaluator, PredicateCompiler } from './outcome.ts';

export function compileCheck(check: Check, compile: PredicateCompiler): Evaluator {
  switch (check.kind) {
    case 'count':
      return compileCount(check, compile);
    case 'parity':
      return compileParity(check, compile);
    case 'role':
      return compileRole(check);
    case 'eligibility':
      return compileEligibility(check, compile);
    case 'attribute':
      return compileAttribute(check);
    case 'schedule':
      return compileSchedule(check);
    case 'children':
      return compileChildren(check);
    case 'names':
      return compileNames(check);
    case 'feature':
      return compileFeature(check);
    case 'participants':
      return compileParticipants(check);
    case 'vacancy':
      return compileVacancy(check);
  }
}

/** The placeholders each check kind fills (besides {unit}), for pack validation and the docs. */
export const CHECK_PLACEHOLDERS: Record<Check['kind'], readonly string[]> = {
  count: ['count', 'range', 'min', 'max', 'members'],
  parity: ['count', 'parity', 'members'],
  role: ['roles', 'detail', 'range', 'min', 'max', 'members'],
  eligibility: ['count', 'members'],
  attribute: ['field', 'value', 'expected'],
  schedule: ['duty', 'frequency', 'planned', 'required', 'month'],
  children: ['count', 'range', 'min', 'max', 'expected', 'kinds'],
  names: ['names', 'missing', 'extra', 'differences', 'count'],
  feature: ['feature'],
  participants: ['count', 'range', 'min', 'max', 'roles', 'members'],
  vacancy: ['count', 'detail'],
};
