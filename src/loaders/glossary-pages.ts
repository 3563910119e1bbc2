/**
 * The glossary as its pages show it: entries grouped by pinyin initial, each
 * with its definition, sources, related terms and backlinks, computed at
 * build time from content/data/glossary.yaml, the docs pages (which mark
 * terms with :term[…]) and the planner rules (src/lib/glossary). Shared by
 * the index of all terms (/reference/glossary/) and the letters' pages.
 */
import { getCollection } from 'astro:content';
import { glossaryBacklinks, ruleRefsFrom, type TermBacklinks } from '../lib/glossary/backlinks.ts';
import {
  definitionParagraphs,
  sourceLinks,
  type DefinitionPiece,
  type SourceLink,
} from '../lib/glossary/definition.ts';
import { groupByInitial, type LetterGroup } from '../lib/glossary/pinyin-index.ts';
import type { GlossaryEntry } from '../lib/schemas/data.ts';
import { pageMarkdown } from './page-markdown.ts';

export interface GlossaryEntryView {
  entry: GlossaryEntry;
  paragraphs: DefinitionPiece[][];
  sources: SourceLink[];
  related: Array<{ id: string; pinyin: string; term: string }>;
  backlinks: TermBacklinks;
}

/** Every entry, grouped by letter in pinyin order (the index needs only the entries). */
export async function glossaryGroups(): Promise<Array<LetterGroup<GlossaryEntry>>> {
  return groupByInitial((await getCollection('glossary')).map((e) => e.data));
}

/** Backlinks of every entry: one computation (every page's Markdown parsed) for all the letters' pages. */
let backlinksOnce: Promise<Map<string, TermBacklinks>> | undefined;

async function allBacklinks(entries: GlossaryEntry[]): Promise<Map<string, TermBacklinks>> {
  const pages = (await getCollection('docs')).map((d) => ({
    id: d.id,
    title: d.data.title,
    kind: d.data.kind,
    body: pageMarkdown(d),
  }));
  const rules = ruleRefsFrom(
    (await getCollection('rules')).map((r) => ({ id: r.id, data: r.data, filePath: r.filePath })),
  );
  return glossaryBacklinks(entries, pages, rules);
}

/** The full view of the entries of one letter's group. */
export async function glossaryEntryViews(group: LetterGroup<GlossaryEntry>): Promise<GlossaryEntryView[]> {
  const entries = (await getCollection('glossary')).map((e) => e.data);
  const figures = new Map((await getCollection('figures')).map((f) => [f.id, f.data]));
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  backlinksOnce ??= allBacklinks(entries);
  const backlinks = await backlinksOnce;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return group.entries.map((entry) => ({
    entry,
    paragraphs: definitionParagraphs(entry, { figures, sources }),
    sources: sourceLinks(entry, sources),
    related: entry.related.map((id) => {
      const target = byId.get(id);
      if (!target)
        throw new Error(`术语「${entry.id}」的相关术语「${id}」不存在（content/data/glossary.yaml）`);
      return { id, pinyin: target.pinyin, term: target.term };
    }),
    backlinks: backlinks.get(entry.id) ?? { cases: [], topics: [], rules: [] },
  }));
}
