/**
 * Which pages cite which figures: scans the Markdown sources for `:fig[id]`.
 * Used by the figures table (each row links to the passage that uses it) and
 * by the check that every figure is shown somewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHORS, sitePathOfEntry } from '../routes.ts';

export interface FigureUse {
  /** Site path of the page, e.g. "/cases/changsha/" (routes.page makes it a URL). */
  url: string;
  /** Id of the element the page gives the figure's first occurrence. */
  elementId: string;
}

/** Site path of a docs file, by Starlight's slug rules (index → folder). */
export const urlOfDocsFile = (relativePath: string): string => sitePathOfEntry(relativePath);

const FIG_DIRECTIVE = /:fig\[([a-z0-9-]+)\]/g;

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
    for (const id of figureIdsIn(readFileSync(join(docsRoot, file), 'utf8'))) {
      const uses = usage.get(id) ?? [];
      uses.push({ url, elementId: ANCHORS.caseFigure(id) });
      usage.set(id, uses);
    }
  }
  return usage;
}
