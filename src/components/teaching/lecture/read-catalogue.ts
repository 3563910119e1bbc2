/**
 * The lecture catalogue a page carries as JSON (CatalogueScript.astro): the
 * builder, the presentation and the handout resolve lectures against it
 * without fetching it. A module of its own so the builder's first screen
 * does not load the page-fetching code of the other two.
 */
import type { CataloguePage } from '../../../lib/teaching/lecture.ts';

/** The catalogue embedded in the page at build time. */
export function readCatalogue(): CataloguePage[] {
  const script = document.querySelector('script[data-lecture-catalogue]');
  try {
    return JSON.parse(script?.textContent ?? '[]') as CataloguePage[];
  } catch {
    return [];
  }
}
