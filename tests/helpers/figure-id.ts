/**
 * The figure a rendered figure is. A figure in prose carries no id
 * (src/lib/figures/identify.ts): its link's passage and its tooltip's label
 * name it. A figure in a heading, and one in a glossary definition, still
 * carry `data-figure-id`.
 */
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { figureKey, keyOfFigure } from '../../src/lib/figures/identify.ts';
import { MISSING_TEXT } from '../../src/lib/figures/format.ts';
import { ROOT } from './paths.ts';

let ids: Map<string, string> | undefined;

/** The id of the figure `el` (a `.fig`, or an element with `data-figure-id`) shows, if the data has it. */
export function figureIdOf(el: Element): string | undefined {
  if (el.properties['dataFigureId'] !== undefined) return String(el.properties['dataFigureId']);
  ids ??= new Map(
    [...loadSiteData(ROOT).figures.values()].map(({ value }) => [keyOfFigure(value), value.id]),
  );
  const href = String(select(':scope > a', el)?.properties['href'] ?? '');
  const what = select(':scope > small > span', el);
  const label = (what ? toText(what) : '').replace(`${MISSING_TEXT}：`, '').replace(/。$/, '');
  return ids.get(figureKey(decodeURIComponent(href.split('#')[1] ?? ''), label));
}

/** Every figure below `root` (prose, headings, glossary definitions). */
export const FIGURES = '.fig, [data-figure-id]';
