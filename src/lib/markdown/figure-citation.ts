/**
 * Where a figure or citation points in the page's source list, and how a
 * source section is named in text. Shared by :fig, :cite, the source list
 * and the figure table so that every link and label agrees.
 */
import type { SiteData } from '../data/site-data.ts';
import type { Source } from '../schemas/data.ts';
import { ANCHORS } from '../routes.ts';

/** Id of a source's entry in the page's source list. */
export const sourceEntryId = ANCHORS.sourceEntry;

/** Id of a cited section within that entry. */
export const sourceSectionId = ANCHORS.sourceSection;

/** The title of a section, or undefined if the source has no such section. */
export function sectionTitle(source: Source, section: string): string | undefined {
  return source.sections.find((s) => s.id === section)?.title;
}

/** "《title》section title", for tooltips, print and tables. */
export function citationText(data: SiteData, source: string, section: string): string | undefined {
  const record = data.sources.get(source)?.value;
  if (!record) return undefined;
  const title = sectionTitle(record, section);
  return title === undefined ? undefined : `《${record.title}》${title}`;
}
