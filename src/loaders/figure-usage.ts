/**
 * Where each figure is cited, read from the files: the pages under
 * content/docs (Markdown, parsed: see src/lib/figures/usage.ts) and the texts
 * of other data files (compare cells, notes), which components render with
 * figures.
 *
 * Used by the figures table (each row links to the passage that uses it) and
 * by the warning, at the end of every build, about figures no page cites.
 * That is not an error — a figure may be entered before the page that will
 * use it is written — but none should be forgotten. The pages are read from
 * disk rather than collected while rendering: Astro's content store
 * re-renders only pages that changed, so a render-time tally would miss every
 * cached page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { figuresInMarkdown, figuresInText } from '../lib/figures/usage.ts';
import { sitePathOfEntry } from '../lib/routes.ts';
import { loadSiteData } from './site-data.ts';

const DOCS_PATH = 'content/docs';
const DATA_PATH = 'content/data';

export interface FigureUse {
  /** Site path of the page, e.g. "/cases/changsha/" (routes.page makes it a URL). */
  url: string;
  /** Cities whose 数据一览 table the page holds: there each figure of the city has its row. */
  tableCities: string[];
}

/** Markdown and MDX pages under content/docs, relative to it (files and folders starting with _ are not pages). */
function pageFiles(docs: string): string[] {
  if (!existsSync(docs)) return [];
  return readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter(
    (name) => /\.mdx?$/.test(name) && !name.split('/').some((part) => part.startsWith('_')),
  );
}

/** Where a page's figures are best read: the case first, then the topic, then the rest. */
const SECTION_RANK = ['cases/', 'topics/'];
const rankOf = (file: string) => {
  const rank = SECTION_RANK.findIndex((prefix) => file.startsWith(prefix));
  return rank < 0 ? SECTION_RANK.length : rank;
};

/** True for a maintainers' page (frontmatter `audience: 维护者`): it uses figures as examples. */
const forMaintainers = (markdown: string) =>
  /^---[\s\S]*?^audience:\s*维护者\s*$[\s\S]*?^---/m.test(markdown);

interface PageUse extends FigureUse {
  ids: string[];
  forMaintainers: boolean;
}

/**
 * A page's use of figures by path, size and modification time, shared by
 * every copy of this module in the process: the figures page, its CSV and
 * JSON and the end-of-build warning each ask for all pages, and parsing
 * every page four times was a cost per case of its own.
 */
const CACHE_KEY = Symbol.for('dangjian.figure-usage');
const cache: Map<string, { stamp: string; use: PageUse }> = ((globalThis as Record<symbol, unknown>)[
  CACHE_KEY
] ??= new Map()) as Map<string, { stamp: string; use: PageUse }>;

function pageUse(docs: string, file: string): PageUse {
  const path = join(docs, file);
  const stat = statSync(path);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.use;
  const markdown = readFileSync(path, 'utf8');
  const { ids, tableCities } = figuresInMarkdown(markdown);
  const use = { url: sitePathOfEntry(file), tableCities, ids, forMaintainers: forMaintainers(markdown) };
  cache.set(path, { stamp, use });
  return use;
}

/** Every page with the figures it cites: cases, then topics, then others; by path within each. */
function pageUses(root: string): PageUse[] {
  const docs = join(root, DOCS_PATH);
  return pageFiles(docs)
    .sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b))
    .map((file) => pageUse(docs, file));
}

/**
 * Map figure id → the reader pages that cite it, in the order above: the
 * figures table links to the first. Maintainers' pages are left out.
 */
export function figureUsage(root: string): Map<string, FigureUse[]> {
  const usage = new Map<string, FigureUse[]>();
  for (const { url, tableCities, ids, forMaintainers } of pageUses(root)) {
    if (forMaintainers) continue;
    for (const id of ids) {
      const uses = usage.get(id);
      if (uses) uses.push({ url, tableCities });
      else usage.set(id, [{ url, tableCities }]);
    }
  }
  return usage;
}

/** YAML files under content/data whose texts may cite figures (the figures themselves excepted). */
function dataFiles(root: string): string[] {
  const dir = join(root, DATA_PATH);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('figures'))
    .map((name) => join(dir, name));
}

/** Ids cited by any page (the maintainers' too) or by the texts of other data files. */
export function citedFigureIds(root: string): Set<string> {
  const ids = new Set(pageUses(root).flatMap((page) => page.ids));
  for (const file of dataFiles(root)) for (const id of figuresInText(readFileSync(file, 'utf8'))) ids.add(id);
  return ids;
}

export interface UnusedFigure {
  id: string;
  label: string;
  /** Where the record is, as file:line. */
  where: string;
}

export function findUnusedFigures(root: string): UnusedFigure[] {
  const cited = citedFigureIds(root);
  return [...loadSiteData(root).figures.values()]
    .filter(({ value }) => !cited.has(value.id))
    .map(({ value, record }) => ({
      id: value.id,
      label: value.label,
      where: `${record.file}:${record.line}`,
    }));
}

/** The warning text, or undefined when every figure is cited. */
export function unusedFiguresWarning(unused: UnusedFigure[]): string | undefined {
  if (unused.length === 0) return undefined;
  return [
    `[内容检查] 警告：${unused.length} 个数字已录入 content/data/figures，但没有页面用 :fig 引用：`,
    ...unused.map((f) => `  ${f.where}  ${f.id}（${f.label}）`),
  ].join('\n');
}
