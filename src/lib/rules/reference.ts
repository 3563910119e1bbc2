/**
 * What the rule reference pages show for each rule, computed from the same
 * pack data the engine reads: statement, severity in Chinese, what it checks
 * under the default readings, each reading with the alternatives and what
 * choosing one changes, and the link to the passage on the case page.
 */
import type { Check } from './check-schema.ts';
import { describeCheck, describePredicate } from './describe.ts';
import { SEVERITY_LABELS, type Severity } from './labels.ts';
import type { MemberPredicate } from './predicate-schema.ts';
import { questionsOf } from './readings.ts';
import type { RegisterEntry } from './register-schema.ts';
import { passageHref } from './result.ts';
import type { ReadingOption, Rule, RulePack } from './schema.ts';
import { wordingText } from './wording.ts';

interface ReadingView {
  question: string;
  id: string;
  options: Array<{
    id: string;
    label: string;
    why: string;
    isDefault: boolean;
    /** The rule under this option: its severity and check. */
    severity: string;
    check: string;
  }>;
}

export interface RuleView {
  id: string;
  title: string;
  statement: string;
  quote: string;
  severity: Severity;
  severityLabel: string;
  /** Why it has that severity, from the source's wording ("原文用“原则上”"). */
  wording: string | undefined;
  note: string | undefined;
  appliesTo: string;
  check: string;
  readings: ReadingView[];
  href: string;
  source: { id: string; section: string };
}

type SetMap = Map<string, MemberPredicate>;

/** Sets in force when each question takes its default, except `override` for one question. */
function setsWith(pack: RulePack, questionId?: string, option?: ReadingOption): SetMap {
  const sets: SetMap = new Map(Object.entries(pack.sets));
  for (const q of pack.readings) {
    const chosen = q.id === questionId && option ? option : q.options.find((o) => o.id === q.default);
    for (const [name, p] of Object.entries(chosen?.sets ?? {})) sets.set(name, p);
  }
  return sets;
}

function defaultOverride(pack: RulePack, rule: Rule): { severity: Severity; check: Check } {
  let severity: Severity = rule.severity;
  let check: Check = rule.check;
  for (const q of pack.readings) {
    const o = q.options.find((x) => x.id === q.default)?.rules[rule.id];
    if (o?.severity) severity = o.severity;
    if (o?.check) check = o.check;
  }
  return { severity, check };
}

function readingView(pack: RulePack, rule: Rule, questionId: string): ReadingView {
  const question = pack.readings.find((q) => q.id === questionId)!;
  const base = defaultOverride(pack, rule);
  return {
    question: question.question,
    id: question.id,
    options: question.options.map((option) => {
      const sets = setsWith(pack, question.id, option);
      const override = option.rules[rule.id];
      return {
        id: option.id,
        label: option.label,
        why: option.why,
        isDefault: option.id === question.default,
        severity: SEVERITY_LABELS[override?.severity ?? base.severity],
        check: describeCheck(override?.check ?? base.check, (n) => sets.get(n)),
      };
    }),
  };
}

/** A rule as its pack's page shows it; `entry` is the register entry it encodes. */
export function ruleView(pack: RulePack, rule: Rule, entry?: RegisterEntry): RuleView {
  const sets = setsWith(pack);
  const lookup = (n: string) => sets.get(n);
  const when = rule.appliesTo.when ? `，且有成员${describePredicate(rule.appliesTo.when, lookup)}` : '';
  return {
    id: rule.id,
    title: rule.title,
    statement: rule.statement,
    quote: rule.quote,
    severity: rule.severity,
    severityLabel: SEVERITY_LABELS[rule.severity],
    wording: entry ? wordingText(entry.word, entry.mode) : undefined,
    note: rule.note,
    appliesTo: `${rule.appliesTo.kinds.join('、')}一级的单位${when}`,
    check: describeCheck(defaultOverride(pack, rule).check, lookup),
    readings: questionsOf(pack, rule).map((q) => readingView(pack, rule, q.id)),
    href: passageHref(rule.source),
    source: { id: rule.source.id, section: rule.source.section },
  };
}

/** Rule counts by severity, for the pack list. */
export function severityCounts(pack: RulePack): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const rule of pack.rules) counts[rule.severity] += 1;
  return counts;
}
