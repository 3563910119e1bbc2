/**
 * The filter that marks a record: a part of a page indexed as a result of
 * its own (a glossary entry, see index-html.ts). The ranking reads it to tell
 * records from pages before loading any page data; the facets leave it out.
 */
export const RECORD_FILTER = { name: '条目', value: '是' } as const;
