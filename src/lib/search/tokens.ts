/**
 * The token contract shared by the indexer and the query side.
 *
 * Pagefind's own Chinese handling segments pages with ICU4X at build time and
 * queries with the browser's Intl.Segmenter, then matches every query word by
 * prefix. The two segmenters disagree (党建 → 党 + 建 in the query, a
 * two-character word or a boundary bigram in the index), so a page about 党建
 * can lose to a page that merely has 党员 and 建设 (see EVIDENCE.md).
 *
 * We therefore hand Pagefind text that needs no segmentation: every run of
 * Han characters becomes its overlapping character bigrams, separated by
 * spaces (a run of one character stays itself), and the index is built as a
 * language without word segmentation. "城市基层" is indexed as
 *
 *     城市 市基 基层
 *
 * so every two-character substring of the page is a word at a known position,
 * a query term is the bigram chain of its characters, and consecutive bigrams
 * sit at consecutive positions, which makes Pagefind's exact (quoted) search a
 * true phrase search. A one-character query matches the bigrams it starts.
 *
 * There is deliberately no single-character word at the end of a run: when a
 * query word is not in the index, Pagefind falls back to the longest indexed
 * word that is a prefix of it, and a single character there would let 量子
 * match every page with a word ending in 量.
 *
 * Pagefind stores the indexed text as the page content, so everything shown
 * to readers (excerpts, section titles, page titles) goes back through
 * `detokenize`.
 */

/** A maximal run of Han characters (CJK ideographs, including 〇). */
const HAN_RUN = /[\p{Script=Han}〇]+/gu;
const HAN_CHAR = /^[\p{Script=Han}〇]$/u;

/** True when the string is exactly one Han character. */
export function isHanChar(ch: string): boolean {
  return HAN_CHAR.test(ch);
}

/** True when the string is non-empty and made of Han characters only. */
export function isHanWord(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (!isHanChar(ch)) return false;
  return true;
}

/**
 * The words of one Han run, in the index and in a query alike: its bigrams,
 * or the character itself for a run of one.
 *   bigramChain("党建工作") → ["党建", "建工", "工作"]
 *   bigramChain("党") → ["党"]
 */
export function bigramChain(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) tokens.push(`${chars[i]}${chars[i + 1]}`);
  return tokens;
}

/**
 * Text as the indexer hands it to Pagefind: Han runs replaced by their
 * space-separated chains, with spaces around them so that digits, Latin
 * words and punctuation next to a run stay separate words.
 *   tokenizeForIndex("建立小区党支部863个。") → " 建立 立小 小区 区党 党支 支部 863 个  。 "
 */
export function tokenizeForIndex(text: string): string {
  return text
    .replace(HAN_RUN, (run) => ` ${bigramChain(run).join(' ')} `)
    .replace(PUNCTUATION, (mark) => ` ${mark} `);
}

/**
 * Punctuation and symbols stand alone, so that “1+4+N” is the word 1+4+N and
 * a highlight does not take the quotes with it. Kept inside words: the "+"
 * of model names, and the "." "%" "-" of figures (7.44, 75%).
 */
const PUNCTUATION = /(?![+.%\-])[\p{P}\p{S}]/gu;

/**
 * Undo `tokenizeForIndex` on a sequence of words (the content split on
 * spaces, as Pagefind splits it for word positions). Returns, for each input
 * word, the text it contributes to the readable string, so that a highlight
 * placed on word i can be placed on its characters:
 *   - in a chain "城市 市基 基层", every word contributes its first
 *     character, the last one both ("城", "市", "基层");
 *   - any other word contributes itself.
 * `joined[i]` says that piece i follows piece i-1 without a space: the indexer
 * adds spaces around Han runs and punctuation, so a space next to either is
 * ours, and a space between two other words was in the original.
 */
export function detokenizeWords(words: readonly string[]): { pieces: string[]; joined: boolean[] } {
  const pieces: string[] = [];
  const inChain: boolean[] = [];
  words.forEach((word, i) => {
    const han = isHanWord(word) && [...word].length <= 2;
    // A bigram followed by the bigram it overlaps gives its first character;
    // the last bigram of a chain gives both.
    pieces.push(han && continuesInto(word, words[i + 1]) ? firstChar(word) : word);
    inChain.push(han);
  });
  // Chinese text has no spaces: only two non-Han words keep the one between them.
  const glued = (k: number) => inChain[k] === true || isPunctuation(pieces[k] ?? '');
  const joined = pieces.map((_, k) => k > 0 && (glued(k) || glued(k - 1)));
  return { pieces, joined };
}

/** Readable text from indexed text (page content, titles, headings). */
export function detokenize(text: string): string {
  const { pieces, joined } = detokenizeWords(splitWords(text));
  return pieces.map((piece, k) => (k > 0 && !joined[k] ? ` ${piece}` : piece)).join('');
}

/** Words of indexed text, split the way Pagefind counts word positions. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function isPunctuation(word: string): boolean {
  return word !== '' && /^[\p{P}\p{S}]+$/u.test(word);
}

function firstChar(word: string): string {
  return [...word][0] ?? '';
}

/**
 * Whether `next` continues the chain of the bigram `word`: a bigram that
 * starts with `word`'s second character. Each word needs only its neighbour,
 * so any window of the text reads back on its own. (Two runs the original
 * separated by a space only, the first ending with the character the second
 * starts with, would read as one: Chinese prose does not space its words.)
 */
function continuesInto(word: string, next: string | undefined): boolean {
  const chars = [...word];
  if (chars.length !== 2 || next === undefined || !isHanWord(next)) return false;
  const following = [...next];
  return following.length === 2 && following[0] === chars[1];
}
