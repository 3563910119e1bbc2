/**
 * The search dictionary: the domain's words, and which spellings mean the same
 * thing. Built at build time from the content data (one source of truth:
 * glossary terms and aliases, the case pages' model names and slogans, topic
 * titles, cities and places, and the controlled vocabularies), shipped to the
 * browser as JSON, and used by the query side only:
 *   - to cut a query typed without spaces into units (长沙小区党支部 →
 *     长沙 | 小区党支部), so that no bigram straddles two words;
 *   - to expand a unit into its equivalent spellings (大工委 ⇄ 大党工委).
 * The index itself needs no dictionary (every bigram is indexed), so a term
 * missing from here is still found, only less precisely.
 */
import { normalizeTerm, pieces } from './normalize.ts';

/** What the browser receives. */
export interface DictionaryData {
  /** Terms for longest-match segmentation, normalised, sorted, unique. */
  terms: string[];
  /** Groups of equivalent spellings (each normalised, at least two). */
  aliases: string[][];
}

/** What the dictionary is built from (read from content by dictionary-source.ts). */
export interface DictionarySource {
  glossary: ReadonlyArray<{ term: string; aliases: readonly string[] }>;
  /** Docs pages: model names and slogans of case pages, titles of topic pages. */
  pages: ReadonlyArray<{ title: string; kind: string; models: readonly string[] }>;
  /** Words from the controlled vocabularies (cities, provinces, themes, levels, roles…). */
  vocabulary: readonly string[];
  /** Further groups of equivalent spellings (place names and their parts). */
  extraAliases?: ReadonlyArray<readonly string[]>;
}

/** Units shorter than this are left to the segmenter: one character is no term. */
const MIN_TERM_LENGTH = 2;

/**
 * Phrases of a model name or slogan: "令行禁止、有呼必应" → 令行禁止, 有呼必应;
 * "四力（组织力、引领力、服务力、凝聚力）" → 四力, 组织力, …; the whole
 * unpunctuated phrase is not a term (a query will rarely be typed that way).
 */
function phrasesOf(text: string): string[] {
  return pieces(text);
}

/** Topic titles are lists ("社区减负与事务清单"): split on the joining words. */
function titleTerms(title: string): string[] {
  return pieces(title).flatMap((piece) => piece.split(/[与和及]/u));
}

export function buildDictionary(source: DictionarySource): DictionaryData {
  const terms = new Set<string>();
  const groups: string[][] = [];
  const add = (term: string) => {
    if ([...term].length >= MIN_TERM_LENGTH) terms.add(term);
  };
  const addGroup = (spellings: readonly string[]) => {
    const group = [...new Set(spellings.map(normalizeTerm).filter((t) => t !== ''))];
    group.forEach(add);
    if (group.length > 1) groups.push(group);
  };

  for (const entry of source.glossary) addGroup([entry.term, ...entry.aliases]);
  for (const group of source.extraAliases ?? []) addGroup(group);
  for (const page of source.pages) {
    page.models.flatMap(phrasesOf).forEach(add);
    if (page.kind === '专题') titleTerms(page.title).forEach(add);
  }
  source.vocabulary.flatMap(phrasesOf).forEach(add);

  return { terms: [...terms].sort(), aliases: mergeGroups(groups) };
}

/** Groups sharing a spelling are one group (大工委 ⇄ 大党工委 and 大党工委 ⇄ 街道大党工委). */
function mergeGroups(groups: string[][]): string[][] {
  const merged: Array<Set<string>> = [];
  for (const group of groups) {
    const overlapping = merged.filter((m) => group.some((t) => m.has(t)));
    const target = new Set(group);
    for (const m of overlapping) {
      for (const t of m) target.add(t);
      merged.splice(merged.indexOf(m), 1);
    }
    merged.push(target);
  }
  return merged.map((m) => [...m].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The dictionary as the query side uses it. */
export interface Dictionary {
  /** Whether the normalised text is a term. */
  has(term: string): boolean;
  /** Length in characters of the longest term. */
  readonly maxLength: number;
  /** The term's equivalent spellings, itself first; [term] when it has none. */
  spellings(term: string): string[];
}

export function createDictionary(data: DictionaryData): Dictionary {
  const terms = new Set(data.terms);
  const groupOf = new Map<string, string[]>();
  for (const group of data.aliases) for (const t of group) groupOf.set(t, group);
  const maxLength = data.terms.reduce((max, t) => Math.max(max, [...t].length), 0);
  return {
    has: (term) => terms.has(term),
    maxLength,
    spellings: (term) => {
      const group = groupOf.get(term);
      return group ? [term, ...group.filter((t) => t !== term)] : [term];
    },
  };
}
