/**
 * The fidelity list: every figure whose record in content/data/figures carries
 * a `quote` (the source's own words around the number) and a `context` (words
 * that must stand beside it on the case page). Generated from the figures, so
 * that a number is typed once; the tests check the built case pages against
 * it and `npm run verify-fidelity` checks the quotes against the source texts.
 */
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { caseOfCity } from '../../src/lib/content/cases.ts';
import { formatFigure } from '../../src/lib/figures/format.ts';
import { ROOT } from './paths.ts';

export interface FidelityEntry {
  /** Case slug: the page that must show the figure. */
  slug: string;
  figure: string;
  /** The figure as the page shows it, e.g. "863个". */
  expect: string;
  /** Words that must stand in the same block of the case page as the figure (each of them). */
  context: string[];
  /** Literal snippet of the source containing the number. */
  quote: string;
}

export function readFidelityLists(root = ROOT): FidelityEntry[] {
  return [...loadSiteData(root).figures.values()].flatMap(({ value: f }) => {
    const slug = caseOfCity(f.city);
    if (!f.quote || !f.context || !slug) return [];
    const context = typeof f.context === 'string' ? [f.context] : f.context;
    return [{ slug, figure: f.id, expect: formatFigure(f), context, quote: f.quote }];
  });
}
