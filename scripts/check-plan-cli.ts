/**
 * `npm run check-plan -- plan.json [--pack id] [--reading 问题=选项] [--json]`
 *
 * Checks a plan file against rule packs and prints a report in Chinese (or
 * the results as JSON). Packs: those named with --pack (repeatable or
 * comma-separated), else the plan's own `packs`, else all.
 *
 * Exit status: 0 no 必须 rule fails; 1 a 必须 rule fails; 2 the file cannot
 * be read or is not a valid plan (reasons printed), or the arguments are wrong.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DATA_PATHS, loadCollection } from '../src/lib/data/load.ts';
import { sourceSchema } from '../src/lib/schemas/data.ts';
import { parsePlan } from '../src/lib/plan/io.ts';
import { checkParsedPlan } from '../src/lib/rules/engine.ts';
import { loadPacks } from '../src/lib/rules/load.ts';
import { formatReport } from '../src/lib/rules/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `用法：npm run check-plan -- 方案.json [--pack 规则包id] [--reading 问题id=选项id] [--json]
  --pack      只按这些规则包核对（可重复，或用逗号分隔）；默认用方案里的 packs，没有则用全部规则包
  --reading   切换读法，如 --reading xihu-zonghe-first-secretary=not-counted（可重复）
  --json      输出 JSON 结果
退出码：0 没有不满足的"必须"类规则；1 有"必须"类规则不满足；2 文件无法读取、方案无效或参数有误`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        pack: { type: 'string', multiple: true },
        reading: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError(`参数有误：${error instanceof Error ? error.message : String(error)}`);
  }
}

function readingsFrom(args: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args ?? []) {
    const [question, option] = arg.split('=');
    if (!question || !option) usageError(`--reading 的格式应为 问题id=选项id，而不是"${arg}"`);
    out[question] = option;
  }
  return out;
}

const { values, positionals } = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) usageError('请给出一个方案文件。');
const file = positionals[0]!;

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`无法读取文件 ${file}：${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const parsed = parsePlan(text);
if (!parsed.ok) {
  console.error(`方案文件无效（${file}）：`);
  for (const e of parsed.errors) console.error(`  - ${e}`);
  process.exit(2);
}
const plan = parsed.plan;

const packs = loadPacks(root);
const known = new Set(packs.map((p) => p.id));
const wanted =
  values.pack
    ?.flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean) ?? plan.packs;
const unknown = (wanted ?? []).filter((id) => !known.has(id));
if (unknown.length > 0)
  usageError(`没有这些规则包：${unknown.join('、')}。可用的规则包：${[...known].join('、')}`);

const report = checkParsedPlan(plan, packs, {
  ...(wanted !== undefined && { packs: wanted }),
  readings: readingsFrom(values.reading),
});

if (values.json) {
  console.log(
    JSON.stringify(
      { plan: { title: plan.title, file }, migratedFrom: parsed.migratedFrom ?? null, report },
      null,
      2,
    ),
  );
} else {
  const sections = new Map<string, string>(
    loadCollection(root, DATA_PATHS.sources, sourceSchema, (s) => s.id).flatMap(({ value }) =>
      value.sections.map((s) => [`${value.id}#${s.id}`, s.title] as const),
    ),
  );
  if (parsed.migratedFrom !== undefined)
    console.log(`（此文件是旧格式版本 ${parsed.migratedFrom}，已按当前格式读取）`);
  console.log(
    formatReport(report, {
      title: plan.title,
      file: relative(process.cwd(), file) || file,
      packTitles: new Map(packs.map((p) => [p.id, p.title])),
      sectionTitle: (source, section) => sections.get(`${source}#${section}`),
    }),
  );
}
process.exitCode = report.hasErrors ? 1 : 0;
