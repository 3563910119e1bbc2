/**
 * The site's data as the code sees it: every record of content/data,
 * validated, with the file and line it came from (for messages that name
 * them). src/loaders/site-data.ts reads it from disk; the Markdown plugins,
 * the documents and the tests take it as a value.
 */
import type { LocatedRecord } from './yaml-records.ts';
import type { Figure, GlossaryEntry, Source, TimelineEvent } from '../schemas/data.ts';

export interface Located<T> {
  value: T;
  record: LocatedRecord;
}

export interface SiteData {
  sources: Map<string, Located<Source>>;
  figures: Map<string, Located<Figure>>;
  glossary: Map<string, Located<GlossaryEntry>>;
  events: Map<string, Located<TimelineEvent>>;
}
