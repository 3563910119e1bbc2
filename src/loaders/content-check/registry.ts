/**
 * Checks the case registry (content/data/cases.json) on its own terms and
 * against the files a case must have: its page, whose metadata must agree
 * with the registry, and its source record.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { z } from 'zod';
import { LEVELS, MODEL_TYPES } from '../../lib/schemas/vocabulary.ts';
import { didYouMean } from '../../lib/data/nearest.ts';
import type { CaseRecord } from '../../lib/content/registry.ts';
import { readFrontmatter } from './frontmatter.ts';

const REGISTRY_PATH = 'content/data/cases.json';

const caseRecordSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '只能由小写字母、数字和连字符组成'),
  city: z.string().min(1, '不能为空'),
  province: z.string().min(1, '不能为空'),
  level: z.enum(LEVELS, { error: `须为 ${LEVELS.join('、')} 之一` }),
  source: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '只能由小写字母、数字和连字符组成'),
  materialYear: z
    .number({ error: '须为四位数的年份，如 2021' })
    .int('须为四位数的年份，如 2021')
    .min(1949, '须为 1949 年以后的年份')
    .max(2100, '须为四位数的年份，如 2021')
    .optional(),
  modelType: z.enum(MODEL_TYPES, { error: `须为 ${MODEL_TYPES.join('、')} 之一` }).optional(),
});

const FIELD_NAMES: Record<string, string> = {
  slug: '代号',
  city: '城市',
  province: '省份',
  level: '层级',
  source: '来源',
  materialYear: '资料年份',
  modelType: '模式类型',
};

/** 1-based line where the registry's n-th entry opens (entries are flat objects). */
function lineOfEntry(text: string, index: number): number {
  let depth = 0;
  let seen = -1;
  for (let i = 0, line = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (c === '{') {
      if (depth === 0 && ++seen === index) return line;
      depth++;
    }
    if (c === '}') depth--;
  }
  return 1;
}

/** JSON.parse with a Chinese message at file:line. */
function parseRegistry(text: string): { records?: unknown; problem?: string } {
  try {
    return { records: JSON.parse(text) };
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    return { problem: `${REGISTRY_PATH}:${line}  JSON 格式有误（多了或少了逗号、引号或括号？）` };
  }
}

function checkFiles(root: string, record: CaseRecord, where: string, sources: string[]): string[] {
  const problems: string[] = [];
  const page = join('content/docs/cases', `${record.slug}.md`);
  if (!existsSync(join(root, page))) problems.push(`${where}  案例「${record.slug}」缺少案例页 ${page}`);
  else problems.push(...checkPageAgrees(root, page, record));
  if (!sources.includes(record.source)) {
    problems.push(
      `${where}  案例「${record.slug}」的来源「${record.source}」在 content/data/sources 中没有著录${didYouMean(record.source, sources)}`,
    );
  } else problems.push(...checkYearAgrees(root, record, where));
  return problems;
}

/**
 * The material's year must be one the source record's `date` names (its
 * publication date, or for an undated text the years it speaks of), so the
 * 案例库's year facet rests on the source like every other fact.
 */
function checkYearAgrees(root: string, record: CaseRecord, where: string): string[] {
  if (record.materialYear === undefined) return [];
  const path = `content/data/sources/${record.source}.yaml`;
  let date = '';
  try {
    date = String((parseYaml(readFileSync(join(root, path), 'utf8')) as { date?: unknown })?.date ?? '');
  } catch {
    return []; // A broken source file is reported where the sources are checked.
  }
  const years = (date.match(/\d{4}/g) ?? []).map(Number);
  if (years.includes(record.materialYear)) return [];
  return [
    `${where}  案例「${record.slug}」的资料年份（materialYear）是 ${record.materialYear}，来源著录 ${path} 的 date 写的是“${date}”：年份应取自来源的日期（未注明日期的，取 date 中所述的年份）`,
  ];
}

/** The page's city, province, level and sources must say what the registry says. */
function checkPageAgrees(root: string, page: string, record: CaseRecord): string[] {
  const { data, lineOf } = readFrontmatter(readFileSync(join(root, page), 'utf8'));
  const problems: string[] = [];
  for (const key of ['city', 'province', 'level'] as const) {
    if (data[key] !== record[key]) {
      problems.push(
        `${page}:${lineOf(key)}  ${key} 写的是「${String(data[key] ?? '')}」，案例登记（${REGISTRY_PATH}）中是「${record[key]}」`,
      );
    }
  }
  const sources = Array.isArray(data['sources']) ? data['sources'].map(String) : [];
  if (!sources.includes(record.source)) {
    problems.push(`${page}:${lineOf('sources')}  sources 须包括案例登记中的来源「${record.source}」`);
  }
  return problems;
}

/** Every problem of the registry, as `file:line  message`. */
export function checkRegistry(root: string, sourceIds: string[]): string[] {
  const path = join(root, REGISTRY_PATH);
  if (!existsSync(path)) return [`${REGISTRY_PATH}:1  找不到案例登记文件`];
  const text = readFileSync(path, 'utf8');
  const { records, problem } = parseRegistry(text);
  if (problem) return [problem];
  if (!Array.isArray(records)) return [`${REGISTRY_PATH}:1  案例登记应是一个列表（[ … ]）`];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  records.forEach((raw, index) => {
    const where = `${REGISTRY_PATH}:${lineOfEntry(text, index)}`;
    const result = caseRecordSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        const missing =
          issue.code === 'invalid_type' && (raw as Record<string, unknown>)?.[key] === undefined;
        problems.push(
          `${where}  ${FIELD_NAMES[key] ?? key}（${key}）${missing ? '缺少，必须填写' : issue.message}`,
        );
      }
      return;
    }
    for (const key of ['slug', 'city'] as const) {
      const earlier = seen.get(`${key}:${result.data[key]}`);
      if (earlier)
        problems.push(`${where}  ${FIELD_NAMES[key]}「${result.data[key]}」重复（先见于 ${earlier}）`);
      seen.set(`${key}:${result.data[key]}`, where);
    }
    problems.push(...checkFiles(root, result.data, where, sourceIds));
  });
  return problems;
}

/** Case pages (content/docs/cases/*.md, other than the overview) that the registry does not list. */
export function checkUnregisteredPages(root: string, slugs: readonly string[]): string[] {
  const dir = join(root, 'content/docs/cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !slugs.includes(f.replace(/\.md$/, '')))
    .map(
      (f) =>
        `content/docs/cases/${f}:1  案例页「${f.replace(/\.md$/, '')}」不在案例登记（${REGISTRY_PATH}）中：新案例请用 npm run new-case 建立${didYouMean(f.replace(/\.md$/, ''), slugs)}`,
    );
}
