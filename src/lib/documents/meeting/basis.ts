/**
 * The rules a meeting paper rests on, and how a paper states them: for each
 * rule its pack, its plain statement, the source's own words and the passage
 * in GB/T 7714 form. Which rules a paper rests on is chosen by what they
 * check (composition, schedules, 兼职委员 …), so new rules in the packs are
 * picked up without naming them here.
 */
import type { RulePack } from '../../rules/schema.ts';
import { passageReference, type SourceRecord } from '../gbt7714.ts';
import type { DocBlock } from '../model.ts';
import { chineseQuotes } from '../text.ts';
import { quoted } from '../../rules/quote.ts';

export interface PaperRule {
  id: string;
  packTitle: string;
  title: string;
  statement: string;
  quote: string;
  /** What the rule checks (count, role, eligibility, schedule …). */
  check: string;
  /** For schedule rules: the duty (联席会议 …). */
  duty: string | undefined;
  /** Levels it applies to. */
  kinds: readonly string[];
  source: { id: string; section: string };
}

/** The rules of the plan's packs (all packs when the plan names none), flattened. */
export function paperRules(packs: readonly RulePack[], chosen: readonly string[]): PaperRule[] {
  const used = chosen.length > 0 ? packs.filter((p) => chosen.includes(p.id)) : packs;
  return used.flatMap((pack) =>
    pack.rules.map((rule) => ({
      id: rule.id,
      packTitle: pack.title,
      title: rule.title,
      statement: rule.statement,
      quote: rule.quote,
      check: rule.check.kind,
      duty: rule.check.kind === 'schedule' ? rule.check.duty : undefined,
      kinds: rule.appliesTo.kinds,
      source: { id: rule.source.id, section: rule.source.section },
    })),
  );
}

/** Which rules each paper rests on. */
export const BASIS = {
  composition: (r: PaperRule) => ['count', 'parity', 'role', 'eligibility'].includes(r.check),
  duties: (r: PaperRule) => r.check === 'schedule' || /兼职委员/.test(r.title + r.statement),
  meeting: (r: PaperRule) => r.duty === '联席会议' || /联席会议/.test(r.title),
  partnership: (r: PaperRule) => /共驻共建|共建|双向服务|隶属关系|驻区单位|结对/.test(r.title + r.statement),
};

/** Rules for a paper about a unit of `kind`. */
export function rulesFor(
  rules: readonly PaperRule[],
  kind: string,
  test: (r: PaperRule) => boolean,
): PaperRule[] {
  return rules.filter((r) => r.kinds.includes(kind) && test(r));
}

/** "附件：所依据的规则与原文": one numbered entry per rule, or a plain statement that none applies. */
export function basisBlocks(
  rules: readonly PaperRule[],
  sources: ReadonlyMap<string, SourceRecord>,
  what: string,
): DocBlock[] {
  const heading: DocBlock = { kind: 'heading', level: 1, text: '附件：所依据的规则与原文' };
  if (rules.length === 0) {
    return [
      heading,
      {
        kind: 'paragraph',
        runs: [{ kind: 'text', text: `所选规则包中没有关于${what}的条文；本材料的内容请按本地规定填写。` }],
      },
    ];
  }
  return [
    heading,
    ...rules.map((rule, i): DocBlock => {
      const source = sources.get(rule.source.id);
      const where = source
        ? passageReference(source, rule.source.section)
        : `${rule.source.id}#${rule.source.section}`;
      return {
        kind: 'paragraph',
        runs: [
          { kind: 'text', text: `${i + 1}. ${chineseQuotes(rule.title)}`, bold: true },
          {
            kind: 'text',
            text: `（${chineseQuotes(rule.packTitle)}）${chineseQuotes(rule.statement)}原文：${quoted(rule.quote)}。出处：${where}`,
          },
        ],
      };
    }),
  ];
}
