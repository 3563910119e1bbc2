/**
 * Which source records a page's documents need: the sources the page cites,
 * each with only the sections it cites. A page names a cited passage by its
 * anchor, `source-<source>-<section>` (the source list's entries, and the
 * links of citation markers and figures); the forum source has twenty
 * sections, three cities' worth, of which a case page cites a few.
 */
import type { SourceRecord } from './gbt7714.ts';

/**
 * The records of `all` the page cites, given the page's `source-…` anchors and link fragments:
 * a source is cited when the page names it (its source-list entry, `source-<source>`) or one of its sections.
 */
export function citedSources(all: readonly SourceRecord[], anchors: ReadonlySet<string>): SourceRecord[] {
  return all.flatMap((record) => {
    const sections = Object.entries(record.sections).filter(([section]) =>
      anchors.has(`source-${record.id}-${section}`),
    );
    return sections.length > 0 || anchors.has(`source-${record.id}`)
      ? [{ ...record, sections: Object.fromEntries(sections) }]
      : [];
  });
}
