/**
 * The command-line checker's work (scripts/check-plan.ts starts it): read
 * the arguments and the plan, choose packs and readings, check, print the
 * report or one JSON document, and give the exit status. See that file for
 * the usage.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexPlan, membersById, memberLabel } from '../src/lib/plan-format/tree.ts';
import type { Plan } from '../src/lib/plan-format/schema.ts';
import { readPlan } from '../src/lib/plan-format/read.ts';
import { checkParsedPlan, type CheckReport } from '../src/lib/rules/engine.ts';
import { formatReport } from '../src/lib/rules/report.ts';
import type { RulePack } from '../src/lib/rules/schema.ts';
import { loadCheckerData, type CheckerData } from './check-plan-data.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `用法：npx check-plan 方案.json [--pack 规则包] [--reading 问题=选项] [--json] [--allow-incomplete]
  --pack              只按这些规则包核对（可重复，或用逗号分隔）；默认用方案里的规则包，
                      没有则用方案所用模板的规则包
  --reading           切换读法，如 --reading xihu-zonghe-first-secretary=not-counted（可重复）
  --json              只输出一份 JSON（出错时也是）
  --allow-incomplete  有“必须”类规则因缺少信息不能判断时，也以 0 退出
退出码：0 没有不符合的“必须”类规则；1 有“必须”类规则不符合；2 文件无法读取、方案无效或参数有误；
        3 有“必须”类规则因缺少信息还不能判断（加 --allow-incomplete 时为 0）`;

/** Why the call stops with exit status 2. */
class InputError extends Error {
  readonly details: string[];
  /** Whether to show the usage after the message. */
  readonly usage: boolean;
  constructor(message: string, details: string[] = [], usage = false) {
    super(message);
    this.details = details;
    this.usage = usage;
  }
}

type Options = {
  file: string;
  packs: string[] | undefined;
  readings: string[];
  json: boolean;
  allowIncomplete: boolean;
  help: boolean;
};

function parseCommandLine(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        pack: { type: 'string', multiple: true },
        reading: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        'allow-incomplete': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new InputError(`参数有误：${error instanceof Error ? error.message : String(error)}`, [], true);
  }
  const { values, positionals } = parsed;
  const options: Options = {
    file: positionals[0] ?? '',
    packs: values.pack
      ?.flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean),
    readings: values.reading ?? [],
    json: values.json,
    allowIncomplete: values['allow-incomplete'],
    help: values.help,
  };
  if (!options.help && positionals.length !== 1) {
    throw new InputError(
      positionals.length === 0 ? '请给出一个方案文件。' : '一次只能核对一个方案文件。',
      [],
      true,
    );
  }
  return options;
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String(error);
    throw new InputError(`无法读取文件 ${file}：${reason}`);
  }
}

/** The plan, migrated to the current format. */
function readPlanFile(text: string, file: string) {
  const result = readPlan(text);
  if (!result.ok) throw new InputError(`方案文件无效（${file}）`, result.errors);
  return result;
}

function choosePacks(plan: Plan, wanted: string[] | undefined, data: CheckerData): string[] {
  const known = new Map(data.packs.map((p) => [p.id, p]));
  const available = `可用的规则包：${data.packs.map((p) => `${p.id}（${p.title}）`).join('、')}`;
  const ids = wanted ?? plan.packs ?? (plan.template ? data.templates[plan.template] : undefined);
  if (ids === undefined || ids.length === 0) {
    throw new InputError(
      '方案没有指定规则包，也没有注明所用的模板：请用 --pack 指定要核对的规则包。',
      [available],
      true,
    );
  }
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new InputError(`没有这些规则包：${unknown.join('、')}。`, [available], true);
  return ids;
}

function chooseReadings(args: string[], packs: readonly RulePack[]): Record<string, string> {
  const questions = new Map(packs.flatMap((p) => p.readings.map((q) => [q.id, q] as const)));
  const out: Record<string, string> = {};
  for (const arg of args) {
    const [question, option, ...rest] = arg.split('=');
    if (!question || !option || rest.length > 0) {
      throw new InputError(`--reading 的格式应为 问题=选项，而不是“${arg}”。`, [], true);
    }
    const q = questions.get(question);
    if (!q) {
      const list = [...questions.keys()];
      throw new InputError(
        `所选规则包里没有读法问题“${question}”。`,
        [list.length > 0 ? `可选的问题：${list.join('、')}` : '所选规则包没有读法问题。'],
        true,
      );
    }
    if (!q.options.some((o) => o.id === option)) {
      throw new InputError(`读法问题“${question}”没有选项“${option}”。`, [
        `可选：${q.options.map((o) => `${o.id}（${o.label}）`).join('、')}`,
      ]);
    }
    out[question] = option;
  }
  return out;
}

/** 1: a 必须 rule fails; 3: none fails but one cannot be decided (unless allowed); 0 otherwise. */
export function exitCodeOf(report: CheckReport, allowIncomplete: boolean): 0 | 1 | 3 {
  if (report.hasErrors) return 1;
  const undecided = report.results.some((r) => r.status === 'needs-info' && r.severity === 'error');
  return undecided && !allowIncomplete ? 3 : 0;
}

function print(json: boolean, document: unknown, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(document, null, 2)}\n` : `${text}\n`);
}

/** Run the checker on the command-line arguments; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  try {
    const options = parseCommandLine(args);
    if (options.help) {
      print(json, { ok: true, exitCode: 0, usage: USAGE }, USAGE);
      return 0;
    }
    const text = readFile(options.file);
    const data = await loadCheckerData(root);
    const { plan, migratedFrom } = readPlanFile(text, options.file);
    const packIds = choosePacks(plan, options.packs, data);
    const selected = data.packs.filter((p) => packIds.includes(p.id));
    const readings = chooseReadings(options.readings, selected);
    const report = checkParsedPlan(plan, data.packs, { packs: packIds, readings });
    const exitCode = exitCodeOf(report, options.allowIncomplete);
    const index = indexPlan(plan);
    const members = membersById(index);
    const memberName = (id: string) => {
      const found = members.get(id);
      return found ? memberLabel(found.member, found.entry.unit) : id;
    };
    const file = relative(process.cwd(), options.file) || options.file;
    const notice =
      migratedFrom !== undefined ? `（此文件是旧格式版本 ${migratedFrom}，已按当前格式读取）\n` : '';
    print(
      options.json,
      { ok: true, exitCode, plan: { title: plan.title, file }, migratedFrom: migratedFrom ?? null, report },
      notice +
        formatReport(report, {
          title: plan.title,
          file,
          packTitles: new Map(data.packs.map((p) => [p.id, p.title])),
          sourceTitle: (source) => data.sourceTitles[source],
          sectionTitle: (source, section) => data.sectionTitles[`${source}#${section}`],
          memberName,
        }),
    );
    return exitCode;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (json) {
      print(true, { ok: false, exitCode: 2, error: { message: error.message, details: error.details } }, '');
    } else {
      const lines = [error.message, ...error.details.map((d) => `  - ${d}`)];
      if (error.usage) lines.push('', USAGE);
      process.stderr.write(`${lines.join('\n')}\n`);
    }
    return 2;
  }
}
