/**
 * `npm run check:content`, the build and `npm test` all run this one check of
 * the content: the case registry, every data collection, every page's
 * frontmatter and every directive, without building the site. Problems come
 * back once each, in Chinese, as `file:line  message`.
 */
import { z } from 'zod';
import { checkRegistry, checkUnregisteredPages } from './registry.ts';
import { CASE_SLUGS } from '../../lib/schemas/vocabulary.ts';
import { checkData, lenientSiteData, sourceIdsOnDisk } from './data.ts';
import { checkPages, docsPages } from './markdown.ts';
import { checkFrontmatter } from './pages-frontmatter.ts';

// zod's own messages (too short, wrong type) in Chinese, like ours.
z.config(z.locales.zhCN());

export async function checkContent(root: string): Promise<string[]> {
  const pages = docsPages(root);
  const problems = [
    ...checkRegistry(root, sourceIdsOnDisk(root)),
    ...checkUnregisteredPages(root, CASE_SLUGS),
    ...checkData(root),
    ...checkFrontmatter(root, pages),
    ...(await checkPages(root, lenientSiteData(root))),
  ];
  return [...new Set(problems)];
}

/** The report an author reads: a count, then one problem a line. */
export function contentReport(problems: readonly string[]): string {
  if (problems.length === 0) return '内容检查通过：案例登记、数据、页面和引用都没有问题。';
  return [`内容检查发现 ${problems.length} 处问题：`, ...problems.map((p) => `  ${p}`)].join('\n');
}
