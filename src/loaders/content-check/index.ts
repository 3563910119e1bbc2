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
import { checkEachPage, docsPages } from './markdown.ts';
import type { SiteData } from '../../lib/data/site-data.ts';
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
  return problemsOf(await checkSections(root, options.markdown ?? 'all'));
}

/**
 * The check's results kept apart by what they depend on, so that a check
 * after an edit (incremental.ts) can run again only the parts the edit
 * touched and reuse the rest.
 */
export interface CheckSections {
  /** The pages checked, sorted (as docsPages lists them). */
  pages: string[];
  /** The registry's checks: they depend on the registry, the sources and which pages exist. */
  registry: string[];
  /** The data files' checks. */
  data: string[];
  /** The data the pages' directives were checked against (none when no page was rendered). */
  siteData: SiteData | undefined;
  /** Each page's frontmatter problems. */
  frontmatter: Map<string, string[]>;
  /** Each rendered page's directive problems (pages not rendered are absent). */
  markdown: Map<string, string[]>;
}

export async function checkSections(
  root: string,
  markdown: CheckOptions['markdown'] = 'all',
): Promise<CheckSections> {
  const pages = docsPages(root);
  const rendered =
    markdown === 'all' ? pages : markdown === 'none' ? [] : pages.filter((p) => markdown.includes(p));
  const siteData = rendered.length > 0 ? lenientSiteData(root) : undefined;
  return {
    pages,
    registry: checkRegistrySection(root),
    data: checkData(root),
    siteData,
    frontmatter: frontmatterOfEach(root, pages),
    markdown: siteData ? await checkEachPage(root, siteData, rendered) : new Map(),
  };
}

export function checkRegistrySection(root: string): string[] {
  return [...checkRegistry(root, sourceIdsOnDisk(root)), ...checkUnregisteredPages(root, CASE_SLUGS)];
}

export function frontmatterOfEach(root: string, pages: readonly string[]): Map<string, string[]> {
  return new Map(pages.map((page) => [page, checkFrontmatter(root, [page])]));
}

/** The problems in the order a report lists them: registry, data, frontmatter, directives; each once. */
export function problemsOf(sections: CheckSections): string[] {
  const { pages, frontmatter, markdown } = sections;
  return [
    ...new Set([
      ...sections.registry,
      ...sections.data,
      ...pages.flatMap((page) => frontmatter.get(page) ?? []),
      ...pages.flatMap((page) => markdown.get(page) ?? []),
    ]),
  ];
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
