/**
 * Rules as readers see them in an explanation: the rule's title, its force
 * (必须 / 原则上 / 参考), the source and section its passage stands in, the
 * passage in Chinese quotation marks and the link to it — never an id.
 */
import {
  quoted,
  SEVERITY_LABELS,
  sourceLabel,
  type RuleResult,
  type Severity,
  type SourceText,
} from './upstream.ts';

export type { SourceText };

export interface RuleRef {
  title: string;
  /** 必须, 原则上 or 参考. */
  severity: string;
  /** 《source title》“section heading”; “原文” when the source is not given. */
  source: string;
  /** The passage, in Chinese quotation marks. */
  quote: string;
  /** Link to the passage on its case page (honours the site's base). */
  href: string;
}

export function citer(sources: readonly SourceText[] = []) {
  return (result: Pick<RuleResult, 'title' | 'citation'>, severity: Severity): RuleRef => {
    return {
      title: result.title,
      severity: SEVERITY_LABELS[severity],
      source: sourceLabel(result.citation, sources),
      quote: quoted(result.citation.quote),
      href: result.citation.href,
    };
  };
}

export type Citer = ReturnType<typeof citer>;

/** “title”（必须） — a rule named in a sentence. */
export const named = (ref: RuleRef): string => `${quoted(ref.title)}（${ref.severity}）`;
