/**
 * Figures recorded in content/data but cited by no page. Not an error —
 * a figure may be entered before the page that will use it is written — but
 * worth a warning at the end of every build (src/integrations/content-check.ts),
 * so that none is forgotten.
 *
 * The pages are read from disk rather than collected while rendering:
 * Astro's content store re-renders only pages that changed, so a render-time
 * tally would miss every cached page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { loadSiteData } from '../data/load.ts';
import { labelOf } from './directives.ts';

export const DOCS_PATH = 'content/docs';

/** Markdown and MDX pages under content/docs (files and folders starting with _ are not pages). */
function pageFiles(root: string): string[] {
  const dir = join(root, DOCS_PATH);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name) && !name.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map((name) => join(dir, name));
}

/** YAML files under content/data whose texts may cite figures (e.g. compare cells). */
function dataFiles(root: string): string[] {
  const dir = join(root, 'content/data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('figures'))
    .map((name) => join(dir, name));
}

const FIG_IN_TEXT = /:fig\[([a-z0-9-]+)\]/g;

/**
 * Ids used by `:fig[…]` in the pages (code blocks and inline code excluded)
 * and in the texts of other data files, which components render with figures.
 */
export function citedFigureIds(root: string): Set<string> {
  const parser = unified().use(remarkParse).use(remarkDirective);
  const ids = new Set<string>();
  for (const file of pageFiles(root)) {
    const tree = parser.runSync(parser.parse(readFileSync(file, 'utf8'))) as Root;
    visit(tree, 'textDirective', (node) => {
      if (node.name === 'fig') ids.add(labelOf(node));
    });
  }
  for (const file of dataFiles(root)) {
    for (const match of readFileSync(file, 'utf8').matchAll(FIG_IN_TEXT)) ids.add(match[1]!);
  }
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
