/**
 * Turns a check's outcome into the verdict users see: status after severity
 * and waivers, the explanation with its values filled in, the citation and
 * the readings in force.
 */
import { unitLabel, type UnitEntry } from '../plan-format/tree.ts';
import type { Waiver } from '../plan-format/schema.ts';
import type { CompiledRule } from './compile.ts';
import type { Outcome } from './checks/outcome.ts';
import { quoted } from './quote.ts';
import { fill, type TemplateVars } from './explain.ts';
import { routes } from '../routes.ts';
import type { Severity, Status } from './labels.ts';

interface ResultReading {
  /** Question id. */
  question: string;
  /** The question in Chinese. */
  text: string;
  /** Option in force, its label and why it is read so. */
  option: string;
  label: string;
  why: string;
  isDefault: boolean;
  /** The other options, to switch to. */
  alternatives: Array<{ id: string; label: string }>;
}

export interface RuleResult {
  rule: string;
  pack: string;
  title: string;
  /** Unit checked; undefined when the plan has no unit the rule applies to. */
  unit: string | undefined;
  unitPath: string | undefined;
  status: Status;
  /** Severity under the readings in force. */
  severity: Severity;
  /** Member ids involved (to highlight). */
  members: string[];
  /** Child unit ids involved (unit-level checks). */
  units: string[];
  /** The explanation: why it passed, failed, does not apply, or what is missing. */
  message: string;
  /** How to fix it, when it is not met or information is missing. */
  fix: string | undefined;
  /** What the plan must add (needs-info). */
  missing: string[];
  citation: { source: string; section: string; case: string; anchor: string; href: string; quote: string };
  readings: ResultReading[];
  waiver: { reason: string } | undefined;
}

/** Link to the passage on its case page. */
export const passageHref = (c: { case: string; anchor: string }): string => routes.passage(c);

function readingsOf(compiled: CompiledRule): ResultReading[] {
  return compiled.readings.map(({ question, option, isDefault }) => ({
    question: question.id,
    text: question.question,
    option: option.id,
    label: option.label,
    why: option.why,
    isDefault,
    alternatives: question.options
      .filter((o) => o.id !== option.id)
      .map((o) => ({ id: o.id, label: o.label })),
  }));
}

/**
 * The parts of a verdict that are the same for every unit (citation, readings),
 * built once per rule: a street has thousands of units. Results share them, so
 * treat them as read-only.
 */
const sharedParts = new WeakMap<CompiledRule, Pick<RuleResult, 'citation' | 'readings'>>();
function shared(compiled: CompiledRule): Pick<RuleResult, 'citation' | 'readings'> {
  let parts = sharedParts.get(compiled);
  if (!parts) {
    const { rule } = compiled;
    parts = {
      citation: Object.freeze({
        source: rule.source.id,
        section: rule.source.section,
        case: rule.source.case,
        anchor: rule.source.anchor,
        href: passageHref(rule.source),
        quote: rule.quote,
      }),
      readings: readingsOf(compiled),
    };
    sharedParts.set(compiled, parts);
  }
  return parts;
}

/** Shared empty list for results without child units or missing facts (thousands on a street). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

const GENERIC_NOT_APPLICABLE = '本单位没有本条所指的成员或事项，本条不适用。';

function wording(compiled: CompiledRule, outcome: Outcome, vars: TemplateVars) {
  const explain = compiled.rule.explain;
  switch (outcome.status) {
    case 'pass':
      return { message: fill(explain.pass, vars), fix: undefined };
    case 'fail':
      return { message: fill(explain.fail, vars), fix: fill(explain.fix, vars) };
    case 'unlisted':
      return {
        message: `${fill(explain.unlisted ?? explain.fail, vars)}原文列举后有“等”，没有列尽：请对照原文${quoted(compiled.rule.quote)}，看是否属于同一类。`,
        fix: `属于同一类的，写明理由豁免这条提示；不属于的，${fill(explain.fix, vars)}`,
      };
    case 'needs-info':
      return {
        message: `还不能判断：方案里没有填写${(outcome.missing ?? []).join('；')}。`,
        fix: '在方案里填上这些情况，再看核对结果。',
      };
    case 'not-applicable':
      return { message: fill(explain.notApplicable ?? GENERIC_NOT_APPLICABLE, vars), fix: undefined };
  }
}

/** The verdict for one rule on one unit (or on the plan, when `entry` is undefined). */
export function toResult(
  compiled: CompiledRule,
  entry: UnitEntry | undefined,
  outcome: Outcome,
  waiver: (rule: string, unit: string | undefined) => Waiver | undefined,
): RuleResult {
  const { rule, pack } = compiled;
  // An open list's 提示 weighs as a 原则上 verdict whatever the rule's own severity: it can be waived.
  const severity = outcome.status === 'unlisted' ? 'warning' : compiled.severity;
  // Outcomes are fresh objects per evaluation, so their vars can take {unit} without a copy.
  const vars = outcome.vars;
  vars['unit'] = entry ? unitLabel(entry.unit) : '';
  let status: Status = outcome.status === 'unlisted' ? 'warn' : outcome.status;
  let waived: Waiver | undefined;
  if (status === 'warn' || (outcome.status === 'fail' && severity !== 'error')) {
    waived = waiver(rule.id, entry?.unit.id);
    status = waived ? 'waived' : 'warn';
  }
  const { message, fix } = wording(compiled, outcome, vars);
  return {
    rule: rule.id,
    pack: pack.id,
    title: rule.title,
    unit: entry?.unit.id,
    unitPath: entry?.path,
    status,
    severity,
    members: outcome.members,
    units: outcome.units ?? NONE,
    message,
    fix,
    missing: outcome.missing ?? NONE,
    ...shared(compiled),
    waiver: waived ? { reason: waived.reason } : undefined,
  };
}
