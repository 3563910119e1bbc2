/**
 * The figure rows of the built site: data from the content collections plus
 * the pages that cite each figure. Shared by the figures page and downloads.
 */
import { getCollection } from 'astro:content';
import { figureUsage } from '../content/figure-usage.ts';
import { figureRows, type FigureRow } from './export.ts';
import { CITIES } from '../schemas/vocabulary.ts';
import { routes } from '../routes.ts';

export async function siteFigureRows(): Promise<FigureRow[]> {
  const figures = (await getCollection('figures')).map((e) => e.data);
  const sources = new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
  // The build runs from the project root (Astro's cwd), where content/ lives.
  const usage = figureUsage(`${process.cwd()}/content/docs`);
  const cityOrder = (c: string) => CITIES.indexOf(c as (typeof CITIES)[number]);
  return figureRows(figures, sources, (id) =>
    (usage.get(id) ?? []).map((u) => routes.page(u.url, u.elementId)),
  ).sort((a, b) => cityOrder(a.city) - cityOrder(b.city) || a.id.localeCompare(b.id));
}
