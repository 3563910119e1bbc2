/**
 * How a citation names where its passage stands: the source text's title and
 * the section heading, as readers know them (《…》“（一）…”), never the ids
 * the rule packs use. One function for the verdicts, the print view and the
 * proposal's explanations.
 */
import { curlQuotes } from '../content/quotes.ts';
import { quoted } from './quote.ts';

/** A source text's title and section headings (content/data/sources). */
export interface SourceText {
  id: string;
  title: string;
  sections: ReadonlyArray<{ id: string; title: string }>;
}

/** 《source title》“section heading”, or “原文” for a source not in the list. */
export function sourceLabel(
  citation: { source: string; section: string },
  sources: readonly SourceText[] = [],
): string {
  const source = sources.find((s) => s.id === citation.source);
  if (!source) return '原文';
  const section = source.sections.find((s) => s.id === citation.section);
  return `《${curlQuotes(source.title)}》${section ? quoted(section.title) : ''}`;
}
