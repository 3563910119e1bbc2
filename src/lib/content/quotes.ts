/**
 * Chinese quotation marks. Chinese text quotes with “” (and ‘’ inside them);
 * a straight quote (" or ') next to a Chinese character is a typing slip.
 * This module finds such quotes in a piece of text and turns straight quotes
 * into curly ones, pair by pair. It knows nothing of file formats: the
 * content lint (scripts/quotes) cuts each file into the pieces of text a
 * reader sees and hands them here.
 *
 * A piece may carry escapes (`\"` in JSON and in double-quoted YAML, `''` in
 * single-quoted YAML): each counts as one quote, and is replaced whole.
 */

/** Han characters and the punctuation of Chinese text (，。「」（）…). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026]/u;

export type QuoteEscapes = 'none' | 'backslash' | 'doubled-single';

/** A straight quote in a piece of text: where it starts, how many characters it takes, which quote. */
export interface StraightQuote {
  index: number;
  length: number;
  mark: '"' | "'";
}

/**
 * Attribute syntax quoted in a message or an example (`city="长沙"`,
 * `caption="图题"`): code, whose quotes must stay straight.
 */
const ATTRIBUTE = /=\s*(?:"[^"\n]*"|'[^'\n]*')/g;

function attributeQuotes(text: string): Set<number> {
  const at = new Set<number>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    at.add(match.index + match[0].search(/["']/));
    at.add(match.index + match[0].length - 1);
  }
  return at;
}

/** Every straight quote in `text`, escapes counted as one, attribute syntax left out. */
function straightQuotes(text: string, escapes: QuoteEscapes = 'none'): StraightQuote[] {
  const found: StraightQuote[] = [];
  const code = attributeQuotes(text);
  for (let i = 0; i < text.length; i++) {
    if (code.has(i)) continue;
    const char = text[i];
    if (escapes === 'backslash' && char === '\\') {
      const next = text[i + 1];
      if (next === '"' || next === "'") found.push({ index: i, length: 2, mark: next });
      i += 1;
      continue;
    }
    if (escapes === 'doubled-single' && char === "'" && text[i + 1] === "'") {
      found.push({ index: i, length: 2, mark: "'" });
      i += 1;
      continue;
    }
    if (char === '"' || char === "'") found.push({ index: i, length: 1, mark: char });
  }
  return found;
}

/** True when the quote touches a Chinese character or Chinese punctuation on either side. */
function touchesChinese(text: string, quote: StraightQuote): boolean {
  const before = text[quote.index - 1] ?? '';
  const after = text[quote.index + quote.length] ?? '';
  return CHINESE.test(before) || CHINESE.test(after);
}

/** The straight quotes of `text` that stand next to Chinese text: what the lint reports. */
export function misplacedQuotes(text: string, escapes: QuoteEscapes = 'none'): StraightQuote[] {
  return straightQuotes(text, escapes).filter((q) => touchesChinese(text, q));
}

/**
 * `text` with its straight quotes made Chinese: in a piece that has Chinese
 * text, double quotes alternate “ ”, and single quotes next to Chinese
 * alternate ‘ ’ (an apostrophe inside a Latin word is left alone). A piece
 * without Chinese text comes back unchanged.
 */
export function curlQuotes(text: string, escapes: QuoteEscapes = 'none'): string {
  if (!CHINESE.test(text)) return text;
  const quotes = straightQuotes(text, escapes);
  let open = { '"': false, "'": false };
  let out = '';
  let at = 0;
  for (const quote of quotes) {
    if (quote.mark === "'" && !touchesChinese(text, quote)) continue;
    const opening = !open[quote.mark];
    open = { ...open, [quote.mark]: opening };
    const curly = quote.mark === '"' ? (opening ? '“' : '”') : opening ? '‘' : '’';
    out += text.slice(at, quote.index) + curly;
    at = quote.index + quote.length;
  }
  return out + text.slice(at);
}

/** Stands between the parts of one sentence that a format splits (`按"${label}"核对`). */
const JOIN = '\u0000';

/**
 * {@link curlQuotes} over the parts of one run of text that a file format
 * cuts apart (a template literal around `${…}`, a paragraph around a link):
 * the quotes pair across the parts.
 */
export function curlQuotesAcross(parts: readonly string[], escapes: QuoteEscapes = 'none'): string[] {
  return curlQuotes(parts.join(JOIN), escapes).split(JOIN);
}
