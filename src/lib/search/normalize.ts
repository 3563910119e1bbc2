/**
 * Normalising text the way both the query side and the dictionary see it:
 * NFKC (full-width letters and digits to half-width), lower case, and
 * nothing but Han characters, letters, digits and the "+" of model names such
 * as 1+4+N. Quotes, brackets and other punctuation only separate pieces.
 */

/** One piece of a query or of a dictionary phrase, between punctuation. */
const PIECE = /[\p{Script=Han}〇\p{L}\p{N}+]+/gu;

/**
 * The pieces of a text, normalised:
 *   pieces("社区“大党委”") → ["社区", "大党委"]
 *   pieces("１＋４＋Ｎ 制度") → ["1+4+n", "制度"]
 */
export function pieces(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase();
  return [...normal.matchAll(PIECE)].map((m) => trimPlus(m[0])).filter((p) => p !== '');
}

/**
 * One dictionary term from a spelling: its pieces joined, so that 社区"大党委"
 * and 社区大党委 are the same term.
 */
export function normalizeTerm(text: string): string {
  return pieces(text).join('');
}

/** A "+" only joins: leading or trailing ones (e.g. "生态+") are dropped. */
function trimPlus(piece: string): string {
  return piece.replace(/^\++|\++$/g, '');
}

/**
 * How Pagefind stores a word without Han characters: lower case, with the
 * "+" of 1+4+N removed ("14n"), since the indexer keeps only letters and
 * digits inside a word.
 */
export function latinWord(piece: string): string {
  return piece.replace(/\+/g, '');
}
