/** Chinese words for severities and verdicts, shared by the engine, the CLI and the pages. */
import type { z } from 'zod';
import type { severitySchema } from '../schemas/vocabulary.ts';

export type Severity = z.infer<typeof severitySchema>;

/** How each severity is named to users: what the source's wording makes it. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '必须',
  warning: '原则上',
  info: '参考',
};

export const SEVERITY_DESCRIPTIONS: Record<Severity, string> = {
  error:
    '原文明确规定（“必须”“须”“要”“应”“不得”，或直接规定班子怎样设置，没有“原则上”“一般”等限定）；不符合即为不合规，不能豁免。',
  warning: '原文带“原则上”“一般”等限定，或所列名单后有“等”而没有列尽；不符合时给出提示，可写明理由豁免。',
  info: '原文是举例、对做法的描述，或“可”“鼓励”“探索”等可选的做法；供参照，不符合时给出提示。',
};

/**
 * What “原则上” in a cited passage allows, said once under a 提示 that rests
 * on such a passage (the passage itself is quoted beside it).
 */
export const YUANZESHANG_ALLOWS =
  '原文说“原则上”：一般情况下应当这样做，但不是不许例外；本地确有特殊情况的，可以不照办，要写明理由（点“豁免…”写下理由即可）。';

/** Does a cited passage set its limit with “原则上”? */
export const restsOnYuanzeshang = (quote: string): boolean => quote.includes('原则上');

export type Status = 'pass' | 'fail' | 'warn' | 'waived' | 'needs-info' | 'not-applicable';

export const STATUS_LABELS: Record<Status, string> = {
  pass: '符合',
  fail: '不符合',
  warn: '提示',
  waived: '已豁免',
  'needs-info': '待填写',
  'not-applicable': '不适用',
};

/** Plain-text marks for the command line. */
export const STATUS_MARKS: Record<Status, string> = {
  pass: '✓',
  fail: '✗',
  warn: '!',
  waived: '~',
  'needs-info': '?',
  'not-applicable': '-',
};
