/**
 * From query units to the Pagefind searches that answer them.
 *
 * Pagefind requires every word of a query (AND) and matches each by prefix.
 * A unit becomes the bigram chain of its Han runs (see tokens.ts), so
 * 大党委 asks for 大党 and 党委, which together are the phrase in all but
 * name. One query gives several searches, merged afterwards (merge.ts):
 *
 *   typed     every unit as typed, text units whole as phrases
 *   split     compound terms cut into the terms they are made of
 *             (社区大党委 → 社区 + 大党委): the sources write 社区“大党委”,
 *             and the quote leaves no 区大 bigram on the page
 *   alias     one term replaced by an equivalent spelling that does not
 *             contain it (大工委 → 大党工委; 社区大党委制度 would add nothing)
 *   relaxed   text units cut into the segmenter's words, run only when the
 *             searches above find too little: a phrase no page has still
 *             finds the pages that have its words
 *
 * The searches above ask for words, wherever they are on a page. Each unit
 * of two words or more is also searched as a phrase (Pagefind's exact search
 * over consecutive positions, see tokens.ts); pages that have the phrase
 * itself rank above pages that only have its bigrams apart (大党 from
 * 大党工委 and 党委 elsewhere).
 *
 * All words of these searches are bigrams of the query or of its aliases,
 * so they mostly fall in the index chunks the typed search loads anyway.
 */
import type { Dictionary } from './dictionary.ts';
import { decompose, type Unit } from './segment.ts';
import { latinWord } from './normalize.ts';
import { bigramChain } from './tokens.ts';
import type { HighlightTerm } from './present.ts';

export interface SearchVariant {
  /** The Pagefind query: index words separated by spaces, all required. */
  query: string;
  /** How much a result of this search counts against one of the query as typed. */
  weight: number;
  /** Run only when the other searches find fewer than MIN_RESULTS pages. */
  fallback: boolean;
  /** What this search is, in words (for the evidence and the tests). */
  note: string;
}

export interface VariantWeights {
  typed: number;
  split: number;
  alias: number;
  relaxed: number;
}

/** Weights decided by the relevance suite (EVIDENCE.md). */
export const WEIGHTS: VariantWeights = { typed: 1, split: 1, alias: 0.9, relaxed: 0.6 };

/** Fewer results than this from the main searches, and the fallback runs. */
export const MIN_RESULTS = 3;

/** A page with every phrase of the query scores this much more (with some, proportionally). */
export const PHRASE_BONUS = 0.5;

/**
 * At most this many alias searches per query, shortest spellings first, and
 * none more than ALIAS_EXTRA characters longer than what was typed: each
 * search may load index chunks of its own, and the short spellings (两新 for
 * 两新组织) find what the long, descriptive ones (非公有制经济组织和社会组织)
 * would. A long query still gets its short aliases.
 */
const MAX_ALIAS_VARIANTS = 3;
const ALIAS_EXTRA = 2;

/** Index words for a piece of normalised text: bigram chains for Han runs, letters and digits as Pagefind keeps them. */
export function indexWordsOf(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(/[\p{Script=Han}〇]+|[^\p{Script=Han}〇]+/gu) ?? []) {
    if (/[\p{Script=Han}〇]/u.test(run))
      words.push(...bigramChain(run)); // the same words as the index's
    else {
      const latin = latinWord(run);
      if (latin !== '') words.push(latin);
    }
  }
  return words;
}

function queryOf(texts: readonly string[]): string {
  return [...new Set(texts.flatMap(indexWordsOf))].join(' ');
}

export interface SearchPlan {
  variants: SearchVariant[];
  /** Exact (quoted) searches, one per unit of two words or more. */
  phrases: string[];
}

export function planQuery(
  units: readonly Unit[],
  dictionary: Dictionary,
  weights: VariantWeights = WEIGHTS,
): SearchPlan {
  if (units.length === 0) return { variants: [], phrases: [] };
  const variants: SearchVariant[] = [];
  const seen = new Set<string>();
  const push = (texts: string[], weight: number, fallback: boolean, note: string) => {
    const query = queryOf(texts);
    if (query === '' || seen.has(query)) return;
    seen.add(query);
    variants.push({ query, weight, fallback, note });
  };

  const typed = units.map((u) => u.text);
  push(typed, weights.typed, false, '按输入');

  const split = units.flatMap((u) =>
    u.kind === 'term' ? (decompose(u.text, dictionary) ?? [u.text]) : [u.text],
  );
  push(split, weights.split, false, '拆开复合词');

  let aliasCount = 0;
  units.forEach((unit, index) => {
    if (unit.kind !== 'term') return;
    const length = [...unit.text].length;
    const spellings = dictionary
      .spellings(unit.text)
      .slice(1)
      .filter((spelling) => !spelling.includes(unit.text) && [...spelling].length <= length + ALIAS_EXTRA)
      .sort((a, b) => [...a].length - [...b].length);
    for (const spelling of spellings) {
      if (aliasCount >= MAX_ALIAS_VARIANTS) break;
      const texts = [...typed];
      texts[index] = spelling;
      push(texts, weights.alias, false, `同义：${spelling}`);
      aliasCount += 1;
    }
  });

  if (units.some((u) => u.kind === 'text' && u.words.length > 1)) {
    const words = units.flatMap((u) => (u.kind === 'text' ? meaningfulWords(u.words) : [u.text]));
    push(words, weights.relaxed, true, '拆词');
  }
  const phrases = [...new Set(units.map((u) => indexWordsOf(u.text)).filter((w) => w.length > 1))].map(
    (words) => `"${words.join(' ')}"`,
  );
  return { variants, phrases: [...new Set(phrases)] };
}

/** The segmenter's words without single characters, which would match every word they start (unless that is all there is). */
function meaningfulWords(words: readonly string[]): string[] {
  const long = words.filter((w) => [...w].length > 1);
  return long.length > 0 ? long : [...words];
}

/**
 * What excerpts mark for a query: per unit, its spellings (the typed text
 * and the dictionary's other spellings) and the terms it is made of, each as
 * the index words it is stored as.
 */
export function highlightTerms(units: readonly Unit[], dictionary: Dictionary): HighlightTerm[] {
  const sequences = (texts: readonly string[]) => texts.map(indexWordsOf).filter((words) => words.length > 0);
  return units.map((unit) => {
    if (unit.kind !== 'term') return { whole: sequences([unit.text]), parts: [] };
    return {
      whole: sequences(dictionary.spellings(unit.text)),
      parts: sequences(decompose(unit.text, dictionary) ?? []),
    };
  });
}
