/**
 * The search page keeps its state in the URL, so that a search can be
 * bookmarked, shared and taken back with the browser's Back button:
 *   /search/?q=大党委&kind=案例&city=长沙&city=广州
 * Facet parameters have short ASCII names; a facet may repeat.
 */
import { FACETS } from './present.ts';
import type { Selection } from './facets.ts';

/** URL parameter → facet name. */
export const FACET_PARAMS: Record<string, string> = {
  kind: FACETS.kind,
  city: FACETS.city,
  theme: FACETS.theme,
  level: FACETS.level,
};

export interface SearchState {
  query: string;
  filters: Selection;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [param, facet] of Object.entries(FACET_PARAMS)) {
    const values = params.getAll(param).filter((v) => v !== '');
    if (values.length > 0) filters[facet] = [...new Set(values)];
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

export function writeState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  for (const [param, facet] of Object.entries(FACET_PARAMS)) {
    for (const value of filters[facet] ?? []) params.append(param, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
