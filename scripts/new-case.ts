/**
 * npm run new-case — scaffolds a case: the registry entry, the case page with
 * the standard outline and a checklist, an empty figures file and (for a new
 * source) the source record. Takes flags, and asks for what is missing:
 *
 *   npm run new-case -- --slug wuhan --city 武汉 --province 湖北 --level 市 \
 *     --source wuhan --source-title "……" --year 2022
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LEVELS } from '../src/lib/schemas/vocabulary.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { writeCase } from './new-case/write.ts';
import type { NewCase } from './new-case/templates.ts';

const QUESTIONS: Array<[keyof NewCase, string, string]> = [
  ['slug', 'slug', '案例代号（小写拼音和连字符，如 wuhan-jiangan）'],
  ['city', 'city', '城市或区（页面上显示的名称，如 武汉江岸区）'],
  ['province', 'province', '省级单位（如 湖北）'],
  ['level', 'level', `层级（${LEVELS.join('、')}）`],
  ['source', 'source', '来源代号（已有的来源写它的代号，新来源写新代号，如 wuhan）'],
  ['sourceTitle', 'source-title', '来源标题'],
  [
    'year',
    'year',
    '来源日期，写入新来源著录的 date，案例库的年份取自它（如 2022 或 2022-05-10；不详写 未注明）',
  ],
];

const { values } = parseArgs({
  options: Object.fromEntries(QUESTIONS.map(([, flag]) => [flag, { type: 'string' }])),
  strict: true,
});

async function answers(): Promise<NewCase> {
  const given = Object.fromEntries(QUESTIONS.map(([key, flag]) => [key, values[flag]]));
  const missing = QUESTIONS.filter(([key]) => !given[key]);
  if (missing.length > 0 && !process.stdin.isTTY) {
    throw new Error(`缺少参数——${missing.map(([, flag, label]) => `--${flag}：${label}`).join('；')}`);
  }
  if (missing.length > 0) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    for (const [key, , label] of missing) given[key] = (await rl.question(`${label}：`)).trim();
    rl.close();
  }
  return given as unknown as NewCase;
}

/** The files as `npm run check` (Prettier) wants them, so that a new case passes it as written. */
async function formatFiles(paths: string[]): Promise<void> {
  for (const path of paths) {
    const full = join(process.cwd(), path);
    const info = await getFileInfo(full, { ignorePath: join(process.cwd(), '.prettierignore') });
    if (info.ignored || !info.inferredParser) continue;
    const options = { ...(await resolveConfig(full)), filepath: full };
    writeFileSync(full, await format(readFileSync(full, 'utf8'), options));
  }
}

try {
  const c = await answers();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug))
    throw new Error(`案例代号「${c.slug}」只能由小写字母、数字和连字符组成`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.source))
    throw new Error(`来源代号「${c.source}」只能由小写字母、数字和连字符组成`);
  if (!(LEVELS as readonly string[]).includes(c.level)) throw new Error(`层级须为 ${LEVELS.join('、')} 之一`);
  const written = writeCase(process.cwd(), c);
  await formatFiles(written);
  console.log(`已新建案例「${c.city}」，写入或改动了 ${written.length} 个文件：`);
  for (const path of written) console.log(`  ${path}`);
  console.log('下一步：按案例页开头注释中的清单填写，然后运行 npm run check:content。');
} catch (error) {
  console.error(`无法新建案例：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
