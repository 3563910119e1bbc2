/**
 * A plain-text report of a check, in Chinese, for the command line (and any
 * other place that wants text): problems first with explanation, fix, the
 * people concerned by name, the passage in Chinese quotation marks and where
 * it stands; rules that pass or do not apply one line each. The rule id in
 * brackets is for `--reading` and waivers.
 */
import type { CheckReport } from './engine.ts';
import { SEVERITY_LABELS, STATUS_LABELS, STATUS_MARKS, type Status } from './labels.ts';
import { chineseQuotes } from '../documents/text.ts';
import { quoted } from './quote.ts';
import type { RuleResult } from './result.ts';

export interface ReportContext {
  title: string;
  file?: string | undefined;
  /** Pack titles by id. */
  packTitles: ReadonlyMap<string, string>;
  /** The source's title (《…》) and the section's heading ("1.健全街道（镇）综合党委"), when known. */
  sourceTitle?: ((source: string) => string | undefined) | undefined;
  sectionTitle?: ((source: string, section: string) => string | undefined) | undefined;
  /** A member's name for readers (never the id). */
  memberName?: ((id: string) => string) | undefined;
}

const DETAILED: Status[] = ['fail', 'warn', 'needs-info', 'waived'];

function verdict(r: RuleResult): string {
  const severity =
    r.status === 'pass' || r.status === 'not-applicable' ? '' : `（${SEVERITY_LABELS[r.severity]}）`;
  return `${STATUS_MARKS[r.status]} ${STATUS_LABELS[r.status]}${severity}`;
}

function detail(r: RuleResult, ctx: ReportContext): string[] {
  const { citation } = r;
  const section = ctx.sectionTitle?.(citation.source, citation.section);
  const lines = [`${verdict(r)}  [${r.rule}] ${r.title}`];
  if (r.unitPath) lines.push(`    单位：${r.unitPath}`);
  lines.push(`    ${r.message}`);
  if (r.fix) lines.push(`    改法：${r.fix}`);
  if (r.waiver) lines.push(`    豁免理由：${r.waiver.reason}`);
  if (r.members.length > 0 && ctx.memberName) {
    lines.push(`    涉及成员：${r.members.map((id) => ctx.memberName!(id)).join('、')}`);
  }
  for (const reading of r.readings) {
    lines.push(`    读法：${reading.text}——${reading.label}${reading.isDefault ? '（默认）' : ''}`);
  }
  lines.push(`    原文：${quoted(citation.quote)}`);
  const source = ctx.sourceTitle?.(citation.source);
  const where = chineseQuotes([source ? `《${source}》` : '', section ?? ''].filter(Boolean).join(' '));
  lines.push(`    出处：${where || '案例原文'}（${citation.href}）`);
  return lines;
}

/** Passing or not-applicable results, one line per rule with the number of units. */
function brief(results: RuleResult[]): string[] {
  const byRule = new Map<string, RuleResult[]>();
  for (const r of results) {
    const key = `${r.rule}\u0000${r.status}`;
    const list = byRule.get(key);
    if (list) list.push(r);
    else byRule.set(key, [r]);
  }
  return [...byRule.values()].map((list) => {
    const r = list[0]!;
    const where = list.length === 1 ? (r.unitPath ?? '整个方案') : `${list.length} 个单位`;
    return `${verdict(r)}  [${r.rule}] ${r.title} — ${where}`;
  });
}

/** The last line: a 必须 rule not met, one that cannot be decided yet, or neither. */
function conclusion(report: CheckReport): string {
  if (report.hasErrors) return '结论：有“必须”类规则不符合。';
  const open = report.results.some((r) => r.status === 'needs-info' && r.severity === 'error');
  if (open) return '结论：没有不符合的“必须”类规则，但有“必须”类规则因缺少信息还不能判断。';
  return '结论：没有不符合的“必须”类规则。';
}

export function formatReport(report: CheckReport, ctx: ReportContext): string {
  const out: string[] = [`方案：${ctx.title}`];
  if (ctx.file) out.push(`文件：${ctx.file}`);
  out.push(`规则包：${report.packs.map((id) => `${id}（${ctx.packTitles.get(id) ?? id}）`).join('、')}`);
  if (report.readings.length > 0) {
    out.push('读法：');
    for (const r of report.readings) {
      out.push(
        `  · ${r.text}——${r.label}${r.isDefault ? '（默认）' : '（已切换）'} [${r.question}=${r.option}]`,
      );
    }
  }
  for (const notice of report.notices) out.push(`注意：${notice}`);
  const problems = report.results.filter((r) => DETAILED.includes(r.status));
  problems.sort((a, b) => DETAILED.indexOf(a.status) - DETAILED.indexOf(b.status));
  for (const r of problems) out.push('', ...detail(r, ctx));
  const rest = report.results.filter((r) => !DETAILED.includes(r.status));
  if (rest.length > 0) out.push('', ...brief(rest));
  const s = report.summary;
  out.push(
    '',
    `合计：符合 ${s.pass}，不符合 ${s.fail}，提示 ${s.warn}，已豁免 ${s.waived}，待填写 ${s['needs-info']}，不适用 ${s['not-applicable']}。`,
    conclusion(report),
  );
  return out.join('\n');
}
