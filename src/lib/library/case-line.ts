/**
 * The line under a case's title in the 案例库: where, at what level, the
 * year of its material and its model type — “湖南 · 长沙 · 市级 · 2018年 · 整体推进”.
 * One function for the server's first page and the script's redraws.
 */
import { placeName } from '../content/place.ts';
import type { LibraryCase } from './facets.ts';

export function caseLine(c: Pick<LibraryCase, 'city' | 'province' | 'level' | 'year' | 'modelType'>): string {
  return [
    placeName(c.city, c.province),
    `${c.level}级`,
    c.year === undefined ? '' : `${c.year}年`,
    c.modelType ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
}
