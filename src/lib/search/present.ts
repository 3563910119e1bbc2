/**
 * What a reader sees of a result, built from Pagefind's stored page data:
 * the title, what the page is (类型 · 城市), the section the best match is
 * in, and an excerpt around it with the matched characters marked. Page text
 * comes out of the index as bigram tokens, so everything goes back through
 * the detokenizer (tokens.ts). Plain data, no HTML: the UI escapes nothing
 * because it only ever sets text.
 */
import type { PagefindFragment, PagefindWeightedLocation } from './pagefind-types.ts';
import { detokenize, detokenizeWords, isHanWord, splitWords } from './tokens.ts';

export interface ExcerptPiece {
  text: string;
  /** Part of a match. */
  hit: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  /** 类型 · 城市, e.g. "案例 · 长沙", "专题", "规则 · 南昌西湖区". */
  context: string;
  /** The heading the best match falls under, with its link. */
  section?: { title: string; url: string };
  excerpt: ExcerptPiece[];
}

/** Words of text around the best match (a Han character is a word). */
const EXCERPT_WORDS = 44;

/** Facet names, as the pages declare them (PageFacets.astro). */
export const FACETS = { city: '城市', theme: '主题', kind: '类型', level: '层级' } as const;

/**
 * One term of the query, as index-word sequences to mark in excerpts: the
 * term and its other spellings (`whole`), then the terms it is made of
 * (`parts`). See plan.ts, highlightTerms.
 */
export interface HighlightTerm {
  whole: string[][];
  parts: string[][];
}

export function presentResult(fragment: PagefindFragment, terms: readonly HighlightTerm[] = []): ResultView {
  const words = splitWords(fragment.content);
  const locations = bodyLocations(fragment);
  const { start, focus } = excerptWindow(locations, words);
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const matched = new Set(fragment.weighted_locations.map((l) => l.location));
  const section = sectionAt(fragment, focus);
  return {
    url: fragment.url,
    title: detokenize(fragment.meta['title'] ?? '') || fragment.url,
    context: contextOf(fragment.filters),
    ...(section ? { section } : {}),
    excerpt: excerptPieces(words, start, end, wordsToMark(words, start, end, matched, terms)),
  };
}

/**
 * Which words of words[start, end) to mark. Pagefind reports every matched
 * index word, so on its own a query's bigrams would be marked wherever they
 * occur: 党委 inside 综合党委 for the query 大党委. Each query term marks its
 * whole occurrences in the excerpt (any spelling), or else its parts'; only
 * when no term occurs whole or in parts are Pagefind's matches marked.
 */
export function wordsToMark(
  words: readonly string[],
  start: number,
  end: number,
  matched: ReadonlySet<number>,
  terms: readonly HighlightTerm[],
): Set<number> {
  const marked = new Set<number>();
  for (const term of terms) {
    for (const tier of [term.whole, term.parts]) {
      const found = occurrences(words, start, end, tier);
      found.forEach((position) => marked.add(position));
      if (found.length > 0) break;
    }
  }
  return marked.size > 0 ? marked : new Set(matched);
}

/** Positions in words[start, end) covered by a whole occurrence of any of the sequences. */
function occurrences(
  words: readonly string[],
  start: number,
  end: number,
  sequences: readonly string[][],
): number[] {
  const out: number[] = [];
  for (const sequence of sequences) {
    if (sequence.length === 0) continue;
    for (let p = start; p + sequence.length <= end; p += 1) {
      if (sequence.every((word, i) => words[p + i] === word)) {
        for (let i = 0; i < sequence.length; i += 1) out.push(p + i);
      }
    }
  }
  return out;
}

/**
 * The matches to build the excerpt around: those after the page title (the
 * title is shown anyway), unless the title is all that matched.
 */
function bodyLocations(fragment: PagefindFragment): PagefindWeightedLocation[] {
  const h1 = fragment.anchors.find((a) => a.element === 'h1');
  const titleEnd = h1 ? h1.location + splitWords(h1.text).length : 0;
  const body = fragment.weighted_locations.filter((l) => l.location >= titleEnd);
  return body.length > 0 ? body : fragment.weighted_locations;
}

/** A topic comparing many cities names a few of them and counts the rest; a phone line holds about this many. */
const CITIES_NAMED = 3;

/** "案例 · 长沙", "专题 · 长沙、池州、广州等7地": the page's type, then its cities. */
export function contextOf(filters: Record<string, string[]>): string {
  const cities = filters[FACETS.city] ?? [];
  const named =
    cities.length > CITIES_NAMED + 1
      ? `${cities.slice(0, CITIES_NAMED).join('、')}等${cities.length}地`
      : cities.join('、');
  return [...(filters[FACETS.kind] ?? []), ...(named ? [named] : [])].join(' · ');
}

/**
 * Where the excerpt starts (`start`), and the match it is built around
 * (`focus`, which also gives the section). The window of the excerpt's
 * length is chosen for, in order: the most different matched words (all
 * parts of the query, if one place has them), the most matched words that
 * follow each other (the phrase itself rather than its parts apart), the
 * most match weight. It opens a few words before its first match.
 */
export function excerptWindow(
  locations: readonly PagefindWeightedLocation[],
  words: readonly string[],
): { start: number; focus: number | undefined } {
  if (locations.length === 0) return { start: 0, focus: undefined };
  const lead = Math.floor(EXCERPT_WORDS / 4);
  const span = EXCERPT_WORDS - lead;
  const sorted = [...locations].sort((a, b) => a.location - b.location);
  const at = new Set(sorted.map((l) => l.location));
  let bestStart = sorted[0]?.location ?? 0;
  let bestKey: number[] = [];
  for (const first of sorted) {
    const inWindow = sorted.filter((l) => l.location >= first.location && l.location < first.location + span);
    const key = [
      new Set(inWindow.map((l) => words[l.location])).size,
      inWindow.filter((l) => at.has(l.location + 1) && words[l.location + 1] !== words[l.location]).length,
      inWindow.reduce((sum, l) => sum + l.balanced_score, 0),
    ];
    if (isGreater(key, bestKey)) {
      bestKey = key;
      bestStart = first.location;
    }
  }
  return { start: Math.max(0, Math.min(bestStart - lead, words.length - EXCERPT_WORDS)), focus: bestStart };
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? -Infinity;
    if (x !== y) return x > y;
  }
  return false;
}

/**
 * The readable pieces of words[start, end), with matches marked. A matched
 * bigram marks both its characters: its own piece, and the next one when its
 * piece holds only its first character.
 */
export function excerptPieces(
  words: readonly string[],
  start: number,
  end: number,
  hits: ReadonlySet<number>,
): ExcerptPiece[] {
  // One word past the window decides how the window's last word reads.
  const { pieces, joined } = detokenizeWords(words.slice(start, end + 1));
  const marked = pieces.map(() => false);
  for (let k = 0; k < pieces.length; k += 1) {
    const word = words[start + k] ?? '';
    if (!hits.has(start + k)) continue;
    marked[k] = true;
    // A bigram whose piece is only its first character: its second is the next piece.
    if (
      isHanWord(word) &&
      [...word].length === 2 &&
      [...(pieces[k] ?? '')].length === 1 &&
      k + 1 < marked.length
    ) {
      marked[k + 1] = true;
    }
  }
  const out: ExcerptPiece[] = [];
  pieces.slice(0, end - start).forEach((piece, k) => {
    const text = k > 0 && !joined[k] ? ` ${piece}` : piece;
    const hit = marked[k] === true;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += text;
    else out.push({ text, hit });
  });
  if (start > 0) addPlain(out, '…', 'start');
  if (end < words.length) addPlain(out, '…', 'end');
  return out;
}

function addPlain(pieces: ExcerptPiece[], text: string, where: 'start' | 'end'): void {
  const edge = where === 'start' ? pieces[0] : pieces[pieces.length - 1];
  if (edge && !edge.hit) edge.text = where === 'start' ? text + edge.text : edge.text + text;
  else if (where === 'start') pieces.unshift({ text, hit: false });
  else pieces.push({ text, hit: false });
}

/** The last heading (h2–h6 with an id) at or before the location. */
function sectionAt(fragment: PagefindFragment, location: number | undefined): ResultView['section'] {
  if (location === undefined) return undefined;
  let found: PagefindFragment['anchors'][number] | undefined;
  for (const anchor of fragment.anchors) {
    if (/^h[2-6]$/.test(anchor.element) && anchor.id && anchor.location <= location) {
      if (!found || anchor.location >= found.location) found = anchor;
    }
  }
  if (!found) return undefined;
  return { title: detokenize(found.text), url: `${fragment.url}#${found.id}` };
}
