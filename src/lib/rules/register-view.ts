/**
 * What a “原文要求与规则对照” page shows for one source, in the source's
 * section order: for each section either why it asks nothing a plan can
 * meet, or each passage that asks something with its weight (from its
 * wording) and the rules that check it, or why no rule does. Reader text
 * only: rule and entry ids stay in the links' anchors.
 */
import { routes } from '../routes.ts';
import { SEVERITY_LABELS } from './labels.ts';
import { quoted } from './quote.ts';
import type { Register } from './register-schema.ts';
import type { RulePack } from './schema.ts';
import { severityFromWording, wordingText } from './wording.ts';

interface RegisterEntryView {
  /** The passage, in Chinese quotation marks. */
  quote: string;
  /** 必须 / 原则上 / 参考, from the wording. */
  weight: string;
  /** Why ("原文用“原则上”"). */
  wording: string;
  /** Rules that check it, with links to their place on the pack's page. */
  rules: Array<{ title: string; pack: string; href: string }>;
  /** Why no rule checks it. */
  reason: string | undefined;
}

export interface RegisterSectionView {
  id: string;
  title: string;
  /** Why the whole section asks nothing a plan can meet. */
  note: string | undefined;
  entries: RegisterEntryView[];
}

export function registerView(
  register: Register,
  sections: ReadonlyArray<{ id: string; title: string }>,
  packs: readonly RulePack[],
): RegisterSectionView[] {
  const rulesOf = new Map<string, RegisterEntryView['rules']>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const list = rulesOf.get(rule.register) ?? [];
      list.push({ title: rule.title, pack: pack.title, href: routes.rulePack(pack.id, rule.id) });
      rulesOf.set(rule.register, list);
    }
  }
  return sections
    .map((section) => ({
      id: section.id,
      title: section.title,
      note: register.sections[section.id],
      entries: register.entries
        .filter((e) => e.section === section.id)
        .map((e) => ({
          quote: quoted(e.quote),
          weight: SEVERITY_LABELS[severityFromWording(e.word, e.mode)],
          wording: wordingText(e.word, e.mode),
          rules: rulesOf.get(e.id) ?? [],
          reason: e.reason,
        })),
    }))
    .filter((s) => s.note !== undefined || s.entries.length > 0);
}

/** Counts for the index: passages checked by rules, and those that are not. */
export function registerCounts(register: Register): { checked: number; unchecked: number } {
  const unchecked = register.entries.filter((e) => e.reason !== undefined).length;
  return { checked: register.entries.length - unchecked, unchecked };
}
