/** The frontmatter fields of our own (src/lib/schemas/page.ts) on every page, at file:line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { pageFields, requireCaseFields } from '../../lib/schemas/page.ts';
import { issueMessage } from '../../lib/data/yaml-records.ts';
import { readFrontmatter } from './frontmatter.ts';

const schema = z.looseObject(pageFields).superRefine(requireCaseFields);

export function checkFrontmatter(root: string, pages: string[]): string[] {
  return pages.flatMap((page) => {
    const { data, lineOf } = readFrontmatter(readFileSync(join(root, page), 'utf8'));
    const result = schema.safeParse(data);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `${page}:${lineOf(key)}  字段 ${issue.path.join('.') || '(整条)'}：${issueMessage(issue, data)}`;
    });
  });
}
