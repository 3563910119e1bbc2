/**
 * The figure rows of the built site: data from the content collections plus
 * the pages that cite each figure. Shared by the figures page and downloads.
 */
import { getCollection } from 'astro:content';
import { figureUsage } from './figure-usage.ts';
import { figureRows, type FigureRow } from '../lib/figures/export.ts';
import { CITIES } from '../lib/schemas/vocabulary.ts';
import { ANCHORS, routes } from '../lib/routes.ts';

export async function siteFigureRows(): Promise<FigureRow[]> {
  const figures = (await getCollection('figures')).map((e) => e.data);
  const sources = new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
  // The build runs from the project root (Astro's cwd), where content/ lives.
  const usage = figureUsage(process.cwd());
  // A lookup, not CITIES.indexOf: the sort compares thousands of rows of a large library.
  const cityRank = new Map<string, number>(CITIES.map((c, i) => [c, i]));
  const cityOrder = (c: string) => cityRank.get(c) ?? -1;
  const cityOf = new Map<string, string>(figures.map((f) => [f.id, f.city]));
  // The page with the figure's row (its city's case page) first, linked to the row; the others to the page.
  const pagesOf = (id: string) => {
    const uses = (usage.get(id) ?? []).map((u) => ({
      url: u.url,
      hasRow: u.tableCities.includes(cityOf.get(id) ?? ''),
    }));
    return [...uses.filter((u) => u.hasRow), ...uses.filter((u) => !u.hasRow)].map((u) =>
      routes.page(u.url, u.hasRow ? ANCHORS.caseFigure(id) : undefined),
    );
  };
  return figureRows(figures, sources, pagesOf).sort(
    (a, b) => cityOrder(a.city) - cityOrder(b.city) || a.id.localeCompare(b.id),
  );
}
