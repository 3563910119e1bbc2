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
  error: '原文明确规定（须、不得、不超过等，无“原则上”“一般”等限定）；不满足即为不合规，不能豁免。',
  warning: '原文带“原则上”“一般”等限定；不满足时提示，可写明理由豁免。',
  info: '原文描述的做法或可选的探索；供参照，不满足时提示。',
};

export type Status = 'pass' | 'fail' | 'warn' | 'waived' | 'needs-info' | 'not-applicable';

export const STATUS_LABELS: Record<Status, string> = {
  pass: '符合',
  fail: '不符合',
  warn: '提示',
  waived: '已豁免',
  'needs-info': '需补充信息',
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
