/**
 * Which pages cite which figures: scans the Markdown sources for `:fig[id]`.
 * Used by the figures table (each row's 查看 link goes to the first page
 * listed: a case page before a topic page before any other) and by the check
 * that every figure is shown somewhere. Maintainers' pages (audience:
 * 维护者) use figures as examples and are left out.
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

/** Where a page's figures are best read: the case first, then the topic, then the rest. */
const SECTION_RANK = ['cases/', 'topics/'];
const rankOf = (file: string) => {
  const rank = SECTION_RANK.findIndex((prefix) => file.startsWith(prefix));
  return rank < 0 ? SECTION_RANK.length : rank;
};

/** True for a maintainers' page (frontmatter `audience: 维护者`). */
const forMaintainers = (markdown: string) =>
  /^---[\s\S]*?^audience:\s*维护者\s*$[\s\S]*?^---/m.test(markdown);

/** Map figure id → reader pages that cite it (cases, then topics, then others; by path within each). */
export function figureUsage(docsRoot: string): Map<string, FigureUse[]> {
  const usage = new Map<string, FigureUse[]>();
  const files = readdirSync(docsRoot, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b));
  for (const file of files) {
    const url = urlOfDocsFile(file);
    const markdown = readFileSync(join(docsRoot, file), 'utf8');
    if (forMaintainers(markdown)) continue;
    const tableCities = [...markdown.matchAll(FIGURE_TABLE)].map((m) => m[1] ?? '');
    for (const id of figureIdsIn(markdown)) {
      const uses = usage.get(id) ?? [];
      uses.push({ url, tableCities });
      usage.set(id, uses);
    }
  }
  return usage;
}
