/** The frontmatter fields of our own (src/lib/schemas/page.ts) on every page, at file:line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REGISTRY_ONLY_FIELDS, pageFields } from '../../lib/schemas/page.ts';
import { issueMessage } from '../../lib/data/yaml-records.ts';
import { readFrontmatter } from './frontmatter.ts';

const schema = z.looseObject(pageFields);

export function checkFrontmatter(root: string, pages: string[]): string[] {
  return pages.flatMap((page) => {
    const { data, lineOf } = readFrontmatter(readFileSync(join(root, page), 'utf8'));
    const repeated = isCasePage(page, data) ? registryFieldsIn(page, data, lineOf) : [];
    const result = schema.safeParse(data);
    if (result.success) return repeated;
    return [
      ...repeated,
      ...result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return `${page}:${lineOf(key)}  字段 ${issue.path.join('.') || '(整条)'}：${issueMessage(issue, data)}`;
      }),
    ];
  });
}

const CASES_DIR = 'content/docs/cases/';

function isCasePage(page: string, data: Record<string, unknown>): boolean {
  return data['kind'] === '案例' || (page.startsWith(CASES_DIR) && !/\/index\.mdx?$/.test(page));
}

/**
 * A case page that still states what the registry states. Rejected rather
 * than ignored: an ignored field is one an author would edit and see no
 * change, or one that quietly disagrees with the registry.
 */
function registryFieldsIn(
  page: string,
  data: Record<string, unknown>,
  lineOf: (key: string) => number,
): string[] {
  const registryFields = Object.entries(REGISTRY_ONLY_FIELDS)
    .filter(([key]) => key in data)
    .map(
      ([key, name]) =>
        `${page}:${lineOf(key)}  案例页不再写 ${key}（${name}）：案例的城市、省份、层级和来源只写在案例登记 content/data/cases.json 中，请删去这一行`,
    );
  const asOf =
    'asOf' in data
      ? [
          `${page}:${lineOf('asOf')}  案例页不再写 asOf（资料时间）：资料时间取自来源著录 content/data/sources/<来源>.yaml 的 date，请删去这一行`,
        ]
      : [];
  return [...registryFields, ...asOf];
}
