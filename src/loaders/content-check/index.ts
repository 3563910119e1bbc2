/**
 * `npm run check:content`, the build and `npm test` all run this one check of
 * the content: the case registry, every data collection, every page's
 * frontmatter and every directive, without building the site. Problems come
 * back once each, in Chinese, as `file:line  message`.
 */
import { z } from 'zod';
import { checkRegistry, checkUnregisteredPages } from './registry.ts';
import { CASE_SLUGS } from '../../lib/schemas/vocabulary.ts';
import { checkData, comparedCasesOnDisk, lenientSiteData, sourceIdsOnDisk } from './data.ts';
import { CASE_RECORDS } from '../../lib/content/registry.ts';
import { checkPages, docsPages } from './markdown.ts';
import { checkFrontmatter } from './pages-frontmatter.ts';

// zod's own messages (too short, wrong type) in Chinese, like ours.
z.config(z.locales.zhCN());

export interface CheckOptions {
  /**
   * Whose directives to check by running the Markdown plugins over them (the
   * costly part, some 30 ms a page): every page (default), none, or the
   * pages named (paths relative to the root). The frontmatter of every page
   * is checked whatever this says.
   */
  markdown?: 'all' | 'none' | readonly string[];
}

export async function checkContent(root: string, options: CheckOptions = {}): Promise<string[]> {
  const pages = docsPages(root);
  const markdown = options.markdown ?? 'all';
  const rendered =
    markdown === 'all' ? pages : markdown === 'none' ? [] : pages.filter((p) => markdown.includes(p));
  const problems = [
    ...checkRegistry(root, sourceIdsOnDisk(root)),
    ...checkUnregisteredPages(root, CASE_SLUGS),
    ...checkData(root),
    ...checkFrontmatter(root, pages),
    ...(rendered.length > 0 ? await checkPages(root, lenientSiteData(root), rendered) : []),
  ];
  return [...new Set(problems)];
}

/**
 * What an author should know that is not a problem: cases the compare page
 * offers without structured rows yet, and how to add them.
 */
export function contentNotes(root: string): string[] {
  const compared = new Set(comparedCasesOnDisk(root));
  const pending = CASE_RECORDS.filter((c) => !compared.has(c.slug));
  if (pending.length === 0) return [];
  return [
    `提示：${pending.map((c) => `${c.city}（${c.slug}）`).join('、')}尚未编入结构化对照。对照页已可选中，结构化对照各格写“尚未编入”；` +
      '要编入，在 content/data/compare.yaml 加一条：id 写案例代号，fields 下六个方面（levels、regional、partTime、streetBodies、burden、mechanisms）各写 text、anchor、cites 或 absent: true，再列 keyFigures（写法见作者指南“新增一个案例”）。',
  ];
}

/**
 * Problems listed in a report; the count covers them all. In a library of a
 * thousand cases one systematic mistake can break hundreds of lines, and a
 * report of hundreds hides the first ones in the scroll-back.
 */
const REPORT_LIMIT = 50;

/** The report an author reads: a count, then one problem a line (the first REPORT_LIMIT). */
export function contentReport(problems: readonly string[]): string {
  if (problems.length === 0) return '内容检查通过：案例登记、数据、页面和引用都没有问题。';
  const shown = problems.slice(0, REPORT_LIMIT);
  const heading =
    problems.length > shown.length
      ? `内容检查发现 ${problems.length} 处问题（下面列出前 ${shown.length} 处，改正后再运行可见其余）：`
      : `内容检查发现 ${problems.length} 处问题：`;
  return [heading, ...shown.map((p) => `  ${p}`)].join('\n');
}
