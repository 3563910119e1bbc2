/**
 * Checks the case registry (content/data/cases.json) on its own terms and
 * against the files a case must have: its page and its source record. The
 * registry is the only place a case's city, province, level and source are
 * written (pages-frontmatter.ts rejects them on a case page).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LEVELS, MODEL_TYPES } from '../../lib/schemas/vocabulary.ts';
import { didYouMean } from '../../lib/data/nearest.ts';
import type { CaseRecord } from '../../lib/content/registry.ts';

const REGISTRY_PATH = 'content/data/cases.json';

const caseRecordSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '只能由小写字母、数字和连字符组成'),
  city: z.string().min(1, '不能为空'),
  province: z.string().min(1, '不能为空'),
  level: z.enum(LEVELS, { error: `须为 ${LEVELS.join('、')} 之一` }),
  source: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '只能由小写字母、数字和连字符组成'),
  modelType: z.enum(MODEL_TYPES, { error: `须为 ${MODEL_TYPES.join('、')} 之一` }).optional(),
});

const FIELD_NAMES: Record<string, string> = {
  slug: '代号',
  city: '城市',
  province: '省份',
  level: '层级',
  source: '来源',
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
  if (!sources.includes(record.source)) {
    problems.push(
      `${where}  案例「${record.slug}」的来源「${record.source}」在 content/data/sources 中没有著录${didYouMean(record.source, sources)}`,
    );
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
    if (raw !== null && typeof raw === 'object' && 'materialYear' in raw)
      problems.push(
        `${where}  案例登记不再写 materialYear（资料年份）：年份取自来源著录 content/data/sources/<来源>.yaml 的 date，请删去这一项`,
      );
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
