/**
 * The passage ("source#section") a citation marker or figure link points at, read from its
 * link's fragment (#source-<source>-<section>): the markup names the passage once, in the href.
 */
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ANCHORS } from '../../src/lib/routes.ts';
import { ROOT } from './paths.ts';

let passages: Map<string, string> | undefined;

export function citedPassage(href: unknown): string | undefined {
  passages ??= new Map(
    [...loadSiteData(ROOT).sources.values()].flatMap(({ value: source }) =>
      source.sections.map((s) => [ANCHORS.sourceSection(source.id, s.id), `${source.id}#${s.id}`] as const),
    ),
  );
  return passages.get(decodeURIComponent(String(href).split('#')[1] ?? ''));
}
