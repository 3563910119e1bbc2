/**
 * Which pages cite which figures: scans the Markdown sources for `:fig[id]`.
 * Used by the figures table (each row links to the passage that uses it) and
 * by the check that every figure is shown somewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sitePathOfEntry } from '../routes.ts';

export interface FigureUse {
  /** Site path of the page, e.g. "/cases/changsha/" (routes.page makes it a URL). */
  url: string;
  /**
   * Cities whose 数据一览 table the page holds (`::figure-table{city="…"}`):
   * there each figure of the city has its row, at ANCHORS.caseFigure(id).
   */
  tableCities: string[];
}

/** Site path of a docs file, by Starlight's slug rules (index → folder). */
export const urlOfDocsFile = (relativePath: string): string => sitePathOfEntry(relativePath);

const FIG_DIRECTIVE = /:fig\[([a-z0-9-]+)\]/g;
const FIGURE_TABLE = /^::figure-table\{city="([^"]+)"\}/gm;

/** Figure ids cited in a Markdown text, in order of first appearance. */
export function figureIdsIn(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(FIG_DIRECTIVE)].map((m) => m[1] ?? ''))];
}

/** Map figure id → pages that cite it (in path order). */
export function figureUsage(docsRoot: string): Map<string, FigureUse[]> {
  const usage = new Map<string, FigureUse[]>();
  const files = readdirSync(docsRoot, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  for (const file of files) {
    const url = urlOfDocsFile(file);
    const markdown = readFileSync(join(docsRoot, file), 'utf8');
    const tableCities = [...markdown.matchAll(FIGURE_TABLE)].map((m) => m[1] ?? '');
    for (const id of figureIdsIn(markdown)) {
      const uses = usage.get(id) ?? [];
      uses.push({ url, tableCities });
      usage.set(id, uses);
    }
  }
  return usage;
}
