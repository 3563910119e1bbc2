/**
 * term — the current term of the unit's part-time members has not run out
 * by the plan's year: a term of Y years starting in S runs through S+Y−1.
 * Placeholders: {startYear} {endYear} (first year after the term) {asOf} {years}.
 */
import type { Evaluator } from './outcome.ts';

export function compileTerm(): Evaluator {
  return ({ unit }, plan) => {
    const term = unit.term;
    const missing = [
      ...(term === undefined ? ['单位的任期（term）'] : []),
      ...(term !== undefined && term.startYear === undefined ? ['本届任期的起始年份（term.startYear）'] : []),
      ...(plan.asOf === undefined ? ['方案所指年份（asOf）'] : []),
    ];
    if (term === undefined || term.startYear === undefined || plan.asOf === undefined) {
      return {
        status: 'needs-info',
        members: [],
        vars: { startYear: '', endYear: '', asOf: '', years: '' },
        missing,
      };
    }
    const endYear = term.startYear + term.years;
    return {
      status: plan.asOf < endYear ? 'pass' : 'fail',
      members: [],
      vars: { startYear: term.startYear, endYear, asOf: plan.asOf, years: term.years },
    };
  };
}
